./ken_robfunc.go:14:8: 1 escapes to heap:
./ken_robfunc.go:14:8:   flow: {heap} = &{storage for 1}:
./ken_robfunc.go:14:8:     from 1 (spill) at ./ken_robfunc.go:14:8
./ken_robfunc.go:14:8:     from panic(1) (call parameter) at ./ken_robfunc.go:14:8
./ken_robfunc.go:11:36: msg does not escape
./ken_robfunc.go:13:32: "assertion fail" + msg + "\n" does not escape
./ken_robfunc.go:14:8: 1 escapes to heap
./ken_robfunc.go:53:7: t does not escape
./ken_robfunc.go:91:16: new(T) does not escape
