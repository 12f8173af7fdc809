# CLI tests of --cover portal | partition (tests/cli/cover_cli_test.sh): the
# flags, and the partition cover's oracle verified on every bundled dataset
# under 20,000 vertices (luxembourg_osm and usa_road_ny: benchmark harness).
if(TARGET shortcut_cli)
  foreach(case flags 3elt 4elt airfoil1 cheburashka delaunay_n14 fe_sphere fertility power_grid rome99)
    add_test(NAME cover_cli.${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/cover_cli_test.sh $<TARGET_FILE:shortcut_cli>
                     ${PROJECT_SOURCE_DIR} ${case})
    set_tests_properties(cover_cli.${case} PROPERTIES LABELS "cover;cli" TIMEOUT 300)
  endforeach()
endif()
