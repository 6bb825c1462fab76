./prog_number_table.go:8:12: ... argument does not escape
./prog_number_table.go:8:50: "n" escapes to heap
./prog_number_table.go:8:55: "hex" escapes to heap
./prog_number_table.go:8:62: "octal" escapes to heap
./prog_number_table.go:8:71: "binary" escapes to heap
./prog_number_table.go:8:81: "char" escapes to heap
./prog_number_table.go:8:89: "square" escapes to heap
./prog_number_table.go:8:99: "sqrt~" escapes to heap
./prog_number_table.go:9:12: ... argument does not escape
./prog_number_table.go:9:21: "------+--------+--------+------------+------+----------+------------" escapes to heap
./prog_number_table.go:18:13: ... argument does not escape
./prog_number_table.go:18:14: n escapes to heap
./prog_number_table.go:18:14: n escapes to heap
./prog_number_table.go:18:14: n escapes to heap
./prog_number_table.go:18:14: n escapes to heap
./prog_number_table.go:18:14: c escapes to heap
./prog_number_table.go:18:14: sq escapes to heap
./prog_number_table.go:18:14: guess escapes to heap
./prog_number_table.go:20:12: ... argument does not escape
./prog_number_table.go:20:46: 3.14159 escapes to heap
./prog_number_table.go:20:55: -2.5 escapes to heap
./prog_number_table.go:20:61: 12345.678 escapes to heap
./prog_number_table.go:20:72: -42 escapes to heap
./prog_number_table.go:21:12: ... argument does not escape
./prog_number_table.go:21:50: 99.5 escapes to heap
./prog_number_table.go:21:56: 1.25 escapes to heap
./prog_number_table.go:21:62: 7.0 escapes to heap
