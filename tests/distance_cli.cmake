# CLI test of `shortcut distance` (tests/cli/distance_cli_test.sh).
if(TARGET shortcut_cli)
  add_test(NAME distance_cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/distance_cli_test.sh $<TARGET_FILE:shortcut_cli>)
  set_tests_properties(distance_cli PROPERTIES LABELS "sssp;cli" TIMEOUT 120)
endif()
