# CLI tests of `shortcut draw` (tests/cli/draw_test.sh): clusters, supernodes
# with skeletons, SPR regions, PNG through rsvg-convert (skipped when it is
# not installed), a graph without coordinates, and usage errors.
if(TARGET shortcut_cli)
  foreach(case clusters supernodes spr png nocoords usage)
    add_test(NAME draw_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/draw_test.sh $<TARGET_FILE:shortcut_cli> ${case})
    set_tests_properties(draw_cli.${case} PROPERTIES LABELS "cli;draw" TIMEOUT 120 SKIP_RETURN_CODE 77)
  endforeach()
endif()
