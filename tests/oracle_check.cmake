# CLI test of oracle check: built, corrupted and resealed-after-tampering
# indices (tests/cli/oracle_check_test.sh).
if(TARGET shortcut_cli)
  add_test(NAME oracle_check.structure
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/oracle_check_test.sh $<TARGET_FILE:shortcut_cli>
                   ${PROJECT_SOURCE_DIR})
  set_tests_properties(oracle_check.structure PROPERTIES LABELS "oracle;cli" TIMEOUT 120)
endif()
