./ken_chan.go:41:10: new(Chan) escapes to heap
./ken_chan.go:58:9: mkchan ignoring self-assignment in ch.rc = ch.sc
./ken_chan.go:53:12: make([]*Chan, n) escapes to heap
./ken_chan.go:56:12: new(Chan) escapes to heap
./ken_chan.go:74:7: "fail" escapes to heap
./ken_chan.go:77:7: c does not escape
./ken_chan.go:90:11: c does not escape
./ken_chan.go:103:7: c does not escape
./ken_chan.go:116:11: c does not escape
./ken_chan.go:131:10: r0 does not escape
./ken_chan.go:131:14: r1 does not escape
./ken_chan.go:131:18: r2 does not escape
./ken_chan.go:131:22: r3 does not escape
./ken_chan.go:131:26: s0 does not escape
./ken_chan.go:131:30: s1 does not escape
./ken_chan.go:131:34: s2 does not escape
./ken_chan.go:131:38: s3 does not escape
./ken_chan.go:208:12: leaking param: c
