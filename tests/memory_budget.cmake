# CLI test of the memory budget for declared sizes: a tiny file declaring
# 10^8 vertices is refused quickly, under `ulimit -v`
# (tests/cli/memory_budget_test.sh).
if(TARGET shortcut_cli)
  add_test(NAME memory_budget.declared
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/memory_budget_test.sh $<TARGET_FILE:shortcut_cli>)
  set_tests_properties(memory_budget.declared PROPERTIES LABELS "io;cli" TIMEOUT 120)
endif()
