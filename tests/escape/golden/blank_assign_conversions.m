./blank_assign_conversions.go:7:10: leaking param: name
./blank_assign_conversions.go:7:23: f does not escape
./blank_assign_conversions.go:8:8: func literal does not escape
./blank_assign_conversions.go:8:28: ... argument does not escape
./blank_assign_conversions.go:8:28: name escapes to heap
./blank_assign_conversions.go:15:11: make([]byte, 8, 10) does not escape
./blank_assign_conversions.go:16:32: func literal does not escape
./blank_assign_conversions.go:17:28: func literal does not escape
./blank_assign_conversions.go:18:16: func literal does not escape
./blank_assign_conversions.go:18:35: string(s) does not escape
./blank_assign_conversions.go:19:15: func literal does not escape
./blank_assign_conversions.go:20:6: "x" does not escape
./blank_assign_conversions.go:21:16: func literal does not escape
