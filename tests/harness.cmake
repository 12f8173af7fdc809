# Smoke test of the research harness (bench/experiments/run.sh smoke, under
# a minute): the CSV, one plot and resuming. The `quick` preset runs after
# ctest, in scripts/test.sh (what CI runs).
if(TARGET shortcut_cli)
  add_test(NAME harness.smoke
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/harness_smoke_test.sh $<TARGET_FILE:shortcut_cli>
                   ${PROJECT_SOURCE_DIR})
  set_tests_properties(harness.smoke PROPERTIES LABELS "harness;cli" TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
