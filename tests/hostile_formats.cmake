# CLI tests of product formats read from hostile files: a huge number or a
# device in a file is refused at a bound set by the graph
# (tests/cli/hostile_formats_test.sh).
if(TARGET shortcut_cli)
  foreach(case cop spr td)
    add_test(NAME hostile_formats.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/hostile_formats_test.sh $<TARGET_FILE:shortcut_cli> ${case})
    set_tests_properties(hostile_formats.${case} PROPERTIES LABELS "io;cli" TIMEOUT 120)
  endforeach()
endif()
