# SPDX-FileCopyrightText: 2026 TasteDrift authors
# SPDX-License-Identifier: MIT
# Project-wide compile flags. Determinism (docs/architecture.md §5): never -march=native or -ffast-math;
# floating point must not depend on the machine.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow=local
                    $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor>)
if(TD_WERROR)
  add_compile_options(-Werror)
endif()
# Keep IEEE semantics explicit: no fused multiply-add contraction across machines.
add_compile_options(-ffp-contract=off)

add_compile_definitions(
  QT_NO_CAST_FROM_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  EIGEN_MPL2_ONLY)

if(TD_SANITIZE)
  set(_td_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${_td_san})
  add_link_options(${_td_san})
  # hnswlib 0.6.2 prefetches past its buffers (upstream #107, #578); scalar paths are clean.
  add_compile_definitions(NO_MANUAL_VECTORIZATION)
endif()
