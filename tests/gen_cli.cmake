# CLI tests of `shortcut gen` and `shortcut verify class`
# (tests/cli/gen_cli_test.sh): generated files and their certificates,
# determinism, certified claims (exit 0), refuted claims with witnesses
# (exit 2) and usage errors (exit 1).
if(TARGET shortcut_cli)
  foreach(case files determinism certified refuted usage)
    add_test(NAME gen_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/gen_cli_test.sh $<TARGET_FILE:shortcut_cli> ${case})
    set_tests_properties(gen_cli.${case} PROPERTIES LABELS "generators;cli" TIMEOUT 300)
  endforeach()
endif()
