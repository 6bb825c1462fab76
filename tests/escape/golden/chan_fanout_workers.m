./chan_fanout_workers.go:5:21: jobs does not escape
./chan_fanout_workers.go:5:38: results does not escape
./chan_fanout_workers.go:21:14: make([]bool, 101) does not escape
./chan_fanout_workers.go:34:13: ... argument does not escape
./chan_fanout_workers.go:34:14: "sum" escapes to heap
./chan_fanout_workers.go:34:14: sum escapes to heap
./chan_fanout_workers.go:34:26: "missing" escapes to heap
./chan_fanout_workers.go:34:26: missing escapes to heap
