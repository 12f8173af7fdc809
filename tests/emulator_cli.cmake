# CLI tests of emulator / verify emulator (tests/cli/emulator_cli_test.sh).
if(TARGET shortcut_cli)
  foreach(case build verify broken)
    add_test(NAME emulator_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/emulator_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(emulator_cli.${case} PROPERTIES LABELS "emulator;cli" TIMEOUT 300)
  endforeach()
endif()
