./cplx_mapkeys.go:9:28: map[complex128]string{} does not escape
./cplx_mapkeys.go:14:13: ... argument does not escape
./cplx_mapkeys.go:14:17: len(m) escapes to heap
./cplx_mapkeys.go:14:23: m[0] escapes to heap
./cplx_mapkeys.go:14:29: m[negz] escapes to heap
./cplx_mapkeys.go:18:13: ... argument does not escape
./cplx_mapkeys.go:18:17: len(m) escapes to heap
./cplx_mapkeys.go:20:13: ... argument does not escape
./cplx_mapkeys.go:20:13: ok escapes to heap
./cplx_mapkeys.go:22:13: ... argument does not escape
./cplx_mapkeys.go:22:17: len(m) escapes to heap
./cplx_mapkeys.go:25:12: ... argument does not escape
./cplx_mapkeys.go:25:13: v escapes to heap
./cplx_mapkeys.go:25:13: ok escapes to heap
./cplx_mapkeys.go:26:25: map[complex64]int{} does not escape
./cplx_mapkeys.go:30:13: ... argument does not escape
./cplx_mapkeys.go:30:17: len(m2) escapes to heap
./cplx_mapkeys.go:30:25: m2[complex(3, 3)] escapes to heap
./cplx_mapkeys.go:30:44: m2[0] escapes to heap
./cplx_mapkeys.go:31:13: ... argument does not escape
./cplx_mapkeys.go:31:32: map[complex64]bool{...} escapes to heap
./cplx_mapkeys.go:38:13: ... argument does not escape
./cplx_mapkeys.go:38:13: cnt escapes to heap
./cplx_mapkeys.go:43:26: map[key]complex128{...} does not escape
./cplx_mapkeys.go:45:13: ... argument does not escape
./cplx_mapkeys.go:45:16: mk[key{...}] escapes to heap
./cplx_mapkeys.go:45:33: len(mk) escapes to heap
./cplx_mapkeys.go:46:27: map[interface {}]int{...} does not escape
./cplx_mapkeys.go:46:34: 1 + 1i escapes to heap
./cplx_mapkeys.go:46:56: complex64(1 + 1i) escapes to heap
./cplx_mapkeys.go:46:64: 1.0 escapes to heap
./cplx_mapkeys.go:47:13: ... argument does not escape
./cplx_mapkeys.go:47:16: mi[1 + 1i] escapes to heap
./cplx_mapkeys.go:47:14: 1 + 1i does not escape
./cplx_mapkeys.go:47:26: mi[complex64(1 + 1i)] escapes to heap
./cplx_mapkeys.go:47:24: complex64(1 + 1i) does not escape
./cplx_mapkeys.go:47:47: mi[1.0] escapes to heap
./cplx_mapkeys.go:47:45: 1.0 does not escape
./cplx_mapkeys.go:47:57: len(mi) escapes to heap
./cplx_mapkeys.go:48:29: map[[2]complex128]int{...} does not escape
./cplx_mapkeys.go:49:13: ... argument does not escape
./cplx_mapkeys.go:49:16: ma[[2]complex128{...}] escapes to heap
./cplx_mapkeys.go:49:41: ma[[2]complex128{...}] escapes to heap
