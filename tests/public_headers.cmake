# Every public header stands alone and is exercised by a test:
#  * public_headers: one generated translation unit per include/shortcut/**.h,
#    each including only that header (twice, so a broken include guard shows),
#    compiled into one object library; the small public_headers_test links
#    the objects, so a header that needs an include it does not make, or
#    defines a non-inline function, fails the build.
#  * public_headers.tested: fails when some public header is included by no
#    tests/**/*_test.cc.
file(GLOB_RECURSE _public_headers CONFIGURE_DEPENDS RELATIVE ${PROJECT_SOURCE_DIR}/include
     ${PROJECT_SOURCE_DIR}/include/shortcut/*.h)
set(_header_units)
foreach(header IN LISTS _public_headers)
  string(MAKE_C_IDENTIFIER ${header} _unit)
  set(_unit ${CMAKE_CURRENT_BINARY_DIR}/public_headers/${_unit}.cc)
  file(CONFIGURE OUTPUT ${_unit}
       CONTENT "#include \"${header}\"\n#include \"${header}\"\n" @ONLY)
  list(APPEND _header_units ${_unit})
endforeach()
add_library(public_headers OBJECT ${_header_units})
target_link_libraries(public_headers PRIVATE shortcut::shortcut shortcut_options Boost::headers)
# No precompiled headers or unity builds here: either would hide a missing
# include.
set_target_properties(public_headers PROPERTIES UNITY_BUILD OFF)

file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/public_headers/main.cc
     CONTENT "// Links one object per public header (tests/public_headers.cmake).\nint main() { return 0; }\n")
add_executable(public_headers_test ${CMAKE_CURRENT_BINARY_DIR}/public_headers/main.cc
                                   $<TARGET_OBJECTS:public_headers>)
target_link_libraries(public_headers_test PRIVATE shortcut::shortcut Boost::headers)
add_test(NAME public_headers.self_contained COMMAND public_headers_test)
set_tests_properties(public_headers.self_contained PROPERTIES LABELS core)

add_test(NAME public_headers.tested
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/public_headers_test.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(public_headers.tested PROPERTIES LABELS core TIMEOUT 60)
