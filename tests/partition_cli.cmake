# CLI tests of cop / partition / verify (tests/cli/partition_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case partition cop reject minor)
    add_test(NAME partition_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/partition_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(partition_cli.${case} PROPERTIES LABELS "partition;cli" TIMEOUT 300)
  endforeach()
endif()
