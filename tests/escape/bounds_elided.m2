./bounds_elided.go:12:8: f capturing by value: b (addr=false assign=false width=1)
./bounds_elided.go:12:16: f capturing by value: i (addr=false assign=false width=8)
./bounds_elided.go:12:23: f capturing by value: u (addr=false assign=false width=8)
./bounds_elided.go:12:8: f capturing by value: b (addr=false assign=false width=1)
./bounds_elided.go:12:23: f capturing by value: u (addr=false assign=false width=8)
./bounds_elided.go:13:7: func literal does not escape
./bounds_elided.go:14:7: func literal does not escape
./bounds_elided.go:15:8: func literal does not escape
./bounds_elided.go:18:10: index bounds check elided
./bounds_elided.go:18:23: index bounds check elided
./bounds_elided.go:18:39: index bounds check elided
./bounds_elided.go:20:8: index bounds check elided
./bounds_elided.go:21:5: index bounds check elided
./bounds_elided.go:22:44: index bounds check elided
./bounds_elided.go:16:15: index bounds check elided
./bounds_elided.go:15:33: index bounds check elided
./bounds_elided.go:13:30: index bounds check elided
./bounds_elided.go:13:41: index bounds check elided
