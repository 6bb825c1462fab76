./leak_params.go:5:9: leaking param: p to result ~r0 level=0
./leak_params.go:7:12: leaking param: p to result ~r0 level=1
./leak_params.go:9:12: leaking param: p
./leak_params.go:11:19: leaking param content: p
./leak_params.go:13:14: p does not escape
./leak_params.go:15:10: leaking param: a to result ~r1 level=0
./leak_params.go:15:13: leaking param: b to result ~r0 level=0
./leak_params.go:22:2: moved to heap: z
./leak_params.go:24:2: moved to heap: w
