./chan_of_chan.go:5:13: reqs does not escape
./chan_of_chan.go:19:14: ... argument does not escape
./chan_of_chan.go:19:15: <-reply escapes to heap
