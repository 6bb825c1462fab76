./func_field.go:11:2: main capturing by value: k (addr=false assign=false width=8)
./func_field.go:12:20: func literal does not escape
