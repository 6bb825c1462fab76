./chan_pipeline.go:5:10: nums does not escape
./chan_pipeline.go:5:22: out does not escape
./chan_pipeline.go:12:9: in does not escape
./chan_pipeline.go:12:24: out does not escape
./chan_pipeline.go:19:10: in does not escape
./chan_pipeline.go:19:32: out does not escape
./chan_pipeline.go:30:14: []int{...} does not escape
./chan_pipeline.go:35:14: ... argument does not escape
./chan_pipeline.go:35:14: v escapes to heap
./chan_pipeline.go:38:13: ... argument does not escape
./chan_pipeline.go:38:14: "total" escapes to heap
./chan_pipeline.go:38:14: total escapes to heap
