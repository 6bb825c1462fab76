./string_opassign.go:3:11: parameter parts leaks to ~r0 with derefs=1:
./string_opassign.go:3:11:   flow: {temp} = parts:
./string_opassign.go:3:11:   flow: p = *{temp}:
./string_opassign.go:3:11:     from for loop (range-deref) at ./string_opassign.go:5:14
./string_opassign.go:3:11:   flow: s = p:
./string_opassign.go:3:11:     from s += p (assign) at ./string_opassign.go:6:5
./string_opassign.go:3:11:   flow: ~r0 = s:
./string_opassign.go:3:11:     from return s (return) at ./string_opassign.go:8:2
./string_opassign.go:3:11: leaking param: parts to result ~r0 level=1
./string_opassign.go:14:9: s + p escapes to heap:
./string_opassign.go:14:9:   flow: s = &{storage for s + p}:
./string_opassign.go:14:9:     from s + p (spill) at ./string_opassign.go:14:9
./string_opassign.go:14:9:     from s = s + p (assign) at ./string_opassign.go:14:5
./string_opassign.go:11:12: parts does not escape
./string_opassign.go:14:9: s + p escapes to heap
./string_opassign.go:19:12: parameter parts leaks to ~r0 with derefs=1:
./string_opassign.go:19:12:   flow: s = *parts:
./string_opassign.go:19:12:     from parts[0] (dot of pointer) at ./string_opassign.go:21:12
./string_opassign.go:19:12:     from s += parts[0] (assign) at ./string_opassign.go:21:4
./string_opassign.go:19:12:   flow: ~r0 = s:
./string_opassign.go:19:12:     from return s (return) at ./string_opassign.go:22:2
./string_opassign.go:19:12: leaking param: parts to result ~r0 level=1
./string_opassign.go:25:10: parameter a leaks to ~r0 with derefs=0:
./string_opassign.go:25:10:   flow: ~r0 = a:
./string_opassign.go:25:10:     from return a (return) at ./string_opassign.go:27:2
./string_opassign.go:25:13: parameter b leaks to ~r0 with derefs=0:
./string_opassign.go:25:13:   flow: a = b:
./string_opassign.go:25:13:     from a += b (assign) at ./string_opassign.go:26:4
./string_opassign.go:25:13:   flow: ~r0 = a:
./string_opassign.go:25:13:     from return a (return) at ./string_opassign.go:27:2
./string_opassign.go:25:10: leaking param: a to result ~r0 level=0
./string_opassign.go:25:13: leaking param: b to result ~r0 level=0
