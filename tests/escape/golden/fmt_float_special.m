./fmt_float_special.go:11:12: ... argument does not escape
./fmt_float_special.go:11:13: nan escapes to heap
./fmt_float_special.go:11:13: inf escapes to heap
./fmt_float_special.go:11:13: ninf escapes to heap
./fmt_float_special.go:11:13: nan escapes to heap
./fmt_float_special.go:11:13: inf escapes to heap
./fmt_float_special.go:11:13: ninf escapes to heap
./fmt_float_special.go:12:12: ... argument does not escape
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: ninf escapes to heap
./fmt_float_special.go:12:13: nan escapes to heap
./fmt_float_special.go:13:12: ... argument does not escape
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: ninf escapes to heap
./fmt_float_special.go:15:12: ... argument does not escape
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: zero escapes to heap
./fmt_float_special.go:17:12: ... argument does not escape
./fmt_float_special.go:17:28: 1e300 escapes to heap
./fmt_float_special.go:17:35: 1e23 escapes to heap
./fmt_float_special.go:18:12: ... argument does not escape
./fmt_float_special.go:18:32: 0.1 escapes to heap
./fmt_float_special.go:18:37: 0.1 escapes to heap
./fmt_float_special.go:19:12: ... argument does not escape
./fmt_float_special.go:19:30: 5e-324 escapes to heap
./fmt_float_special.go:19:38: 5e-324 escapes to heap
