# CLI tests of atomic replace: every writer under a file-size limit, killed,
# or on a full disk leaves the previous file intact
# (tests/cli/atomic_writes_test.sh).
if(TARGET shortcut_cli)
  foreach(case fsize kill full paths)
    add_test(NAME atomic_writes.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/atomic_writes_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(atomic_writes.${case} PROPERTIES LABELS "io;cli" TIMEOUT 120)
  endforeach()
endif()
