# CLI tests of labels / labels query / verify labels (tests/cli/labels_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case build query verify broken)
    add_test(NAME labels_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/labels_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(labels_cli.${case} PROPERTIES LABELS "labeling;cli" TIMEOUT 300)
  endforeach()
endif()
