./leak_params.go:5:9: parameter p leaks to ~r0 with derefs=0:
./leak_params.go:5:9:   flow: ~r0 = p:
./leak_params.go:5:9:     from return p (return) at ./leak_params.go:5:24
./leak_params.go:5:9: leaking param: p to result ~r0 level=0
./leak_params.go:7:12: parameter p leaks to ~r0 with derefs=1:
./leak_params.go:7:12:   flow: ~r0 = *p:
./leak_params.go:7:12:     from *p (indirection) at ./leak_params.go:7:35
./leak_params.go:7:12:     from return *p (return) at ./leak_params.go:7:28
./leak_params.go:7:12: leaking param: p to result ~r0 level=1
./leak_params.go:9:12: parameter p leaks to {heap} with derefs=0:
./leak_params.go:9:12:   flow: {heap} = p:
./leak_params.go:9:12:     from g = p (assign) at ./leak_params.go:9:24
./leak_params.go:9:12: leaking param: p
./leak_params.go:11:19: parameter p leaks to {heap} with derefs=1:
./leak_params.go:11:19:   flow: {heap} = *p:
./leak_params.go:11:19:     from *p (indirection) at ./leak_params.go:11:34
./leak_params.go:11:19:     from g = *p (assign) at ./leak_params.go:11:32
./leak_params.go:11:19: leaking param content: p
./leak_params.go:13:14: p does not escape
./leak_params.go:15:10: parameter a leaks to ~r1 with derefs=0:
./leak_params.go:15:10:   flow: ~r1 = a:
./leak_params.go:15:10:     from return b, a (return) at ./leak_params.go:15:36
./leak_params.go:15:13: parameter b leaks to ~r0 with derefs=0:
./leak_params.go:15:13:   flow: ~r0 = b:
./leak_params.go:15:13:     from return b, a (return) at ./leak_params.go:15:36
./leak_params.go:15:10: leaking param: a to result ~r1 level=0
./leak_params.go:15:13: leaking param: b to result ~r0 level=0
./leak_params.go:22:2: z escapes to heap:
./leak_params.go:22:2:   flow: {heap} = &z:
./leak_params.go:22:2:     from &z (address-of) at ./leak_params.go:23:8
./leak_params.go:22:2:     from store(&z) (call parameter) at ./leak_params.go:23:7
./leak_params.go:24:2: w escapes to heap:
./leak_params.go:24:2:   flow: q = &w:
./leak_params.go:24:2:     from &w (address-of) at ./leak_params.go:25:7
./leak_params.go:24:2:     from q := &w (assign) at ./leak_params.go:25:4
./leak_params.go:24:2:   flow: {heap} = q:
./leak_params.go:24:2:     from &q (address-of) at ./leak_params.go:26:15
./leak_params.go:24:2:     from storeContent(&q) (call parameter) at ./leak_params.go:26:14
./leak_params.go:22:2: moved to heap: z
./leak_params.go:24:2: moved to heap: w
