# CLI tests of `shortcut info` (tests/cli/io_info_test.sh): a bundled dataset
# with --json and in text form, a malformed file (exit code 1 and the
# "FILE:LINE: ..." message), a missing file, a graph on standard input and a
# line starting with a NUL byte.
if(TARGET shortcut_cli)
  foreach(case json text malformed missing stdin nul)
    add_test(NAME io_cli.info_${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/io_info_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(io_cli.info_${case} PROPERTIES LABELS "io;cli" TIMEOUT 300)
  endforeach()
endif()
