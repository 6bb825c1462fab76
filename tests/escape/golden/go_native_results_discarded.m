./go_native_results_discarded.go:18:6: moved to heap: wg
./go_native_results_discarded.go:30:6: moved to heap: mu
./go_native_results_discarded.go:20:19: []string{...} does not escape
./go_native_results_discarded.go:24:26: 1 escapes to heap
./go_native_results_discarded.go:24:29: "x" escapes to heap
./go_native_results_discarded.go:24:16: ... argument does not escape
./go_native_results_discarded.go:29:13: ... argument does not escape
./go_native_results_discarded.go:29:14: "waited for three Done calls" escapes to heap
./go_native_results_discarded.go:32:16: "ignored" escapes to heap
./go_native_results_discarded.go:32:27: 1 escapes to heap
./go_native_results_discarded.go:32:15: ... argument does not escape
./go_native_results_discarded.go:35:13: ... argument does not escape
./go_native_results_discarded.go:35:14: "relocked after go mu.Unlock()" escapes to heap
