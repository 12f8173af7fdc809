# Bulk queries of `oracle query`: threads, binary records, long lines
# (tests/cli/oracle_bulk_test.sh).
if(TARGET shortcut_cli)
  foreach(case threads binary long)
    add_test(NAME oracle_bulk.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/oracle_bulk_test.sh $<TARGET_FILE:shortcut_cli> ${case})
    set_tests_properties(oracle_bulk.${case} PROPERTIES LABELS "oracle;cli" TIMEOUT 300)
  endforeach()
endif()
