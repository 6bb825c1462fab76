./prog_number_table.go:21:62: 7.0 escapes to heap:
./prog_number_table.go:21:62:   flow: {storage for ... argument} = &{storage for 7.0}:
./prog_number_table.go:21:62:     from 7.0 (spill) at ./prog_number_table.go:21:62
./prog_number_table.go:21:62:     from ... argument (slice-literal-element) at ./prog_number_table.go:21:12
./prog_number_table.go:21:62:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:21:62:     from ... argument (spill) at ./prog_number_table.go:21:12
./prog_number_table.go:21:62:     from fmt.Printf("[%5.1f%%] [%-5.1f%%] [%05.1f%%]\n", ... argument...) (call parameter) at ./prog_number_table.go:21:12
./prog_number_table.go:21:56: 1.25 escapes to heap:
./prog_number_table.go:21:56:   flow: {storage for ... argument} = &{storage for 1.25}:
./prog_number_table.go:21:56:     from 1.25 (spill) at ./prog_number_table.go:21:56
./prog_number_table.go:21:56:     from ... argument (slice-literal-element) at ./prog_number_table.go:21:12
./prog_number_table.go:21:56:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:21:56:     from ... argument (spill) at ./prog_number_table.go:21:12
./prog_number_table.go:21:56:     from fmt.Printf("[%5.1f%%] [%-5.1f%%] [%05.1f%%]\n", ... argument...) (call parameter) at ./prog_number_table.go:21:12
./prog_number_table.go:21:50: 99.5 escapes to heap:
./prog_number_table.go:21:50:   flow: {storage for ... argument} = &{storage for 99.5}:
./prog_number_table.go:21:50:     from 99.5 (spill) at ./prog_number_table.go:21:50
./prog_number_table.go:21:50:     from ... argument (slice-literal-element) at ./prog_number_table.go:21:12
./prog_number_table.go:21:50:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:21:50:     from ... argument (spill) at ./prog_number_table.go:21:12
./prog_number_table.go:21:50:     from fmt.Printf("[%5.1f%%] [%-5.1f%%] [%05.1f%%]\n", ... argument...) (call parameter) at ./prog_number_table.go:21:12
./prog_number_table.go:20:72: -42 escapes to heap:
./prog_number_table.go:20:72:   flow: {storage for ... argument} = &{storage for -42}:
./prog_number_table.go:20:72:     from -42 (spill) at ./prog_number_table.go:20:72
./prog_number_table.go:20:72:     from ... argument (slice-literal-element) at ./prog_number_table.go:20:12
./prog_number_table.go:20:72:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:20:72:     from ... argument (spill) at ./prog_number_table.go:20:12
./prog_number_table.go:20:72:     from fmt.Printf("%+08.2f|%-+8.2f|% 8.2e|%08d\n", ... argument...) (call parameter) at ./prog_number_table.go:20:12
./prog_number_table.go:20:61: 12345.678 escapes to heap:
./prog_number_table.go:20:61:   flow: {storage for ... argument} = &{storage for 12345.678}:
./prog_number_table.go:20:61:     from 12345.678 (spill) at ./prog_number_table.go:20:61
./prog_number_table.go:20:61:     from ... argument (slice-literal-element) at ./prog_number_table.go:20:12
./prog_number_table.go:20:61:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:20:61:     from ... argument (spill) at ./prog_number_table.go:20:12
./prog_number_table.go:20:61:     from fmt.Printf("%+08.2f|%-+8.2f|% 8.2e|%08d\n", ... argument...) (call parameter) at ./prog_number_table.go:20:12
./prog_number_table.go:20:55: -2.5 escapes to heap:
./prog_number_table.go:20:55:   flow: {storage for ... argument} = &{storage for -2.5}:
./prog_number_table.go:20:55:     from -2.5 (spill) at ./prog_number_table.go:20:55
./prog_number_table.go:20:55:     from ... argument (slice-literal-element) at ./prog_number_table.go:20:12
./prog_number_table.go:20:55:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:20:55:     from ... argument (spill) at ./prog_number_table.go:20:12
./prog_number_table.go:20:55:     from fmt.Printf("%+08.2f|%-+8.2f|% 8.2e|%08d\n", ... argument...) (call parameter) at ./prog_number_table.go:20:12
./prog_number_table.go:20:46: 3.14159 escapes to heap:
./prog_number_table.go:20:46:   flow: {storage for ... argument} = &{storage for 3.14159}:
./prog_number_table.go:20:46:     from 3.14159 (spill) at ./prog_number_table.go:20:46
./prog_number_table.go:20:46:     from ... argument (slice-literal-element) at ./prog_number_table.go:20:12
./prog_number_table.go:20:46:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:20:46:     from ... argument (spill) at ./prog_number_table.go:20:12
./prog_number_table.go:20:46:     from fmt.Printf("%+08.2f|%-+8.2f|% 8.2e|%08d\n", ... argument...) (call parameter) at ./prog_number_table.go:20:12
./prog_number_table.go:18:14: guess escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for guess}:
./prog_number_table.go:18:14:     from guess (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: sq escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for sq}:
./prog_number_table.go:18:14:     from sq (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: c escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for c}:
./prog_number_table.go:18:14:     from c (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: n escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for n}:
./prog_number_table.go:18:14:     from n (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: n escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for n}:
./prog_number_table.go:18:14:     from n (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: n escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for n}:
./prog_number_table.go:18:14:     from n (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14: n escapes to heap:
./prog_number_table.go:18:14:   flow: {storage for ... argument} = &{storage for n}:
./prog_number_table.go:18:14:     from n (spill) at ./prog_number_table.go:18:14
./prog_number_table.go:18:14:     from ... argument (slice-literal-element) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:18:14:     from ... argument (spill) at ./prog_number_table.go:18:13
./prog_number_table.go:18:14:     from fmt.Printf("%-6d|%#8x|%#8o|%12b|%6c|%10d|%12.6f\n", ... argument...) (call parameter) at ./prog_number_table.go:18:13
./prog_number_table.go:9:21: "------+--------+--------+------------+------+----------+------------" escapes to heap:
./prog_number_table.go:9:21:   flow: {storage for ... argument} = &{storage for "------+--------+--------+------------+------+----------+------------"}:
./prog_number_table.go:9:21:     from "------+--------+--------+------------+------+----------+------------" (spill) at ./prog_number_table.go:9:21
./prog_number_table.go:9:21:     from ... argument (slice-literal-element) at ./prog_number_table.go:9:12
./prog_number_table.go:9:21:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:9:21:     from ... argument (spill) at ./prog_number_table.go:9:12
./prog_number_table.go:9:21:     from fmt.Printf("%s\n", ... argument...) (call parameter) at ./prog_number_table.go:9:12
./prog_number_table.go:8:99: "sqrt~" escapes to heap:
./prog_number_table.go:8:99:   flow: {storage for ... argument} = &{storage for "sqrt~"}:
./prog_number_table.go:8:99:     from "sqrt~" (spill) at ./prog_number_table.go:8:99
./prog_number_table.go:8:99:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:99:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:99:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:99:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:89: "square" escapes to heap:
./prog_number_table.go:8:89:   flow: {storage for ... argument} = &{storage for "square"}:
./prog_number_table.go:8:89:     from "square" (spill) at ./prog_number_table.go:8:89
./prog_number_table.go:8:89:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:89:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:89:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:89:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:81: "char" escapes to heap:
./prog_number_table.go:8:81:   flow: {storage for ... argument} = &{storage for "char"}:
./prog_number_table.go:8:81:     from "char" (spill) at ./prog_number_table.go:8:81
./prog_number_table.go:8:81:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:81:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:81:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:81:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:71: "binary" escapes to heap:
./prog_number_table.go:8:71:   flow: {storage for ... argument} = &{storage for "binary"}:
./prog_number_table.go:8:71:     from "binary" (spill) at ./prog_number_table.go:8:71
./prog_number_table.go:8:71:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:71:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:71:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:71:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:62: "octal" escapes to heap:
./prog_number_table.go:8:62:   flow: {storage for ... argument} = &{storage for "octal"}:
./prog_number_table.go:8:62:     from "octal" (spill) at ./prog_number_table.go:8:62
./prog_number_table.go:8:62:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:62:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:62:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:62:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:55: "hex" escapes to heap:
./prog_number_table.go:8:55:   flow: {storage for ... argument} = &{storage for "hex"}:
./prog_number_table.go:8:55:     from "hex" (spill) at ./prog_number_table.go:8:55
./prog_number_table.go:8:55:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:55:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:55:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:55:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
./prog_number_table.go:8:50: "n" escapes to heap:
./prog_number_table.go:8:50:   flow: {storage for ... argument} = &{storage for "n"}:
./prog_number_table.go:8:50:     from "n" (spill) at ./prog_number_table.go:8:50
./prog_number_table.go:8:50:     from ... argument (slice-literal-element) at ./prog_number_table.go:8:12
./prog_number_table.go:8:50:   flow: {heap} = {storage for ... argument}:
./prog_number_table.go:8:50:     from ... argument (spill) at ./prog_number_table.go:8:12
./prog_number_table.go:8:50:     from fmt.Printf("%-6s|%8s|%8s|%12s|%6s|%10s|%12s\n", ... argument...) (call parameter) at ./prog_number_table.go:8:12
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
