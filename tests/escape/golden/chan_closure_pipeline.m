./chan_closure_pipeline.go:5:12: leaking param: in
./chan_closure_pipeline.go:5:27: leaking param: f
./chan_closure_pipeline.go:7:5: func literal escapes to heap
./chan_closure_pipeline.go:18:5: func literal escapes to heap
./chan_closure_pipeline.go:24:12: func literal escapes to heap
./chan_closure_pipeline.go:25:12: func literal escapes to heap
./chan_closure_pipeline.go:27:11: func literal escapes to heap
./chan_closure_pipeline.go:29:12: ... argument does not escape
./chan_closure_pipeline.go:29:12: v escapes to heap
./chan_closure_pipeline.go:29:16: " " escapes to heap
