# CLI tests of terminals / spr / verify spr (tests/cli/spr_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case pipeline tree offbase reject usage)
    add_test(NAME steiner_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/spr_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(steiner_cli.${case} PROPERTIES LABELS "steiner;cli" TIMEOUT 300)
  endforeach()
endif()
