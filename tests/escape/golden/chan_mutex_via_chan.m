./chan_mutex_via_chan.go:9:10: c does not escape
./chan_mutex_via_chan.go:9:22: lock does not escape
./chan_mutex_via_chan.go:9:49: done does not escape
./chan_mutex_via_chan.go:19:7: &Counter{} escapes to heap
./chan_mutex_via_chan.go:28:13: ... argument does not escape
./chan_mutex_via_chan.go:28:15: c.n escapes to heap
