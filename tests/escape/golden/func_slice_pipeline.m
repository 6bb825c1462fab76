./func_slice_pipeline.go:9:14: leaking param: fs
./func_slice_pipeline.go:10:9: func literal escapes to heap
./func_slice_pipeline.go:19:26: []func(int) int{...} escapes to heap
./func_slice_pipeline.go:24:13: ... argument does not escape
./func_slice_pipeline.go:24:13: x escapes to heap
./func_slice_pipeline.go:25:14: ... argument escapes to heap
./func_slice_pipeline.go:26:14: ... argument escapes to heap
./func_slice_pipeline.go:27:13: ... argument does not escape
./func_slice_pipeline.go:27:15: f(1) escapes to heap
./func_slice_pipeline.go:27:21: g(1) escapes to heap
./func_slice_pipeline.go:28:13: func literal escapes to heap
./func_slice_pipeline.go:29:13: ... argument does not escape
./func_slice_pipeline.go:29:31: .autotmp_5(5) escapes to heap
./func_slice_pipeline.go:31:13: ... argument does not escape
./func_slice_pipeline.go:31:30: .autotmp_7(42) escapes to heap
