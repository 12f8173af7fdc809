# The compiled library example docs/examples/oracle_example.cc (build, save,
# load, query), run as a test.
add_executable(oracle_example ${PROJECT_SOURCE_DIR}/docs/examples/oracle_example.cc)
target_link_libraries(oracle_example PRIVATE shortcut::shortcut shortcut_options)
add_test(NAME examples.oracle_example
         COMMAND oracle_example ${CMAKE_CURRENT_BINARY_DIR}/oracle_example.idx)
set_tests_properties(examples.oracle_example PROPERTIES LABELS "oracle;examples" TIMEOUT 120)
