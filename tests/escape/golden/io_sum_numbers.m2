./io_sum_numbers.go:23:30: sum escapes to heap:
./io_sum_numbers.go:23:30:   flow: {storage for ... argument} = &{storage for sum}:
./io_sum_numbers.go:23:30:     from sum (spill) at ./io_sum_numbers.go:23:30
./io_sum_numbers.go:23:30:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:30:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:23:30:     from ... argument (spill) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:30: "sum" escapes to heap:
./io_sum_numbers.go:23:30:   flow: {storage for ... argument} = &{storage for "sum"}:
./io_sum_numbers.go:23:30:     from "sum" (spill) at ./io_sum_numbers.go:23:30
./io_sum_numbers.go:23:30:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:30:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:23:30:     from ... argument (spill) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14: count escapes to heap:
./io_sum_numbers.go:23:14:   flow: {storage for ... argument} = &{storage for count}:
./io_sum_numbers.go:23:14:     from count (spill) at ./io_sum_numbers.go:23:14
./io_sum_numbers.go:23:14:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:23:14:     from ... argument (spill) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14: "count" escapes to heap:
./io_sum_numbers.go:23:14:   flow: {storage for ... argument} = &{storage for "count"}:
./io_sum_numbers.go:23:14:     from "count" (spill) at ./io_sum_numbers.go:23:14
./io_sum_numbers.go:23:14:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:23:14:     from ... argument (spill) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:23:13
./io_sum_numbers.go:17:16: n escapes to heap:
./io_sum_numbers.go:17:16:   flow: {storage for ... argument} = &{storage for n}:
./io_sum_numbers.go:17:16:     from n (spill) at ./io_sum_numbers.go:17:16
./io_sum_numbers.go:17:16:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:17:16:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:17:16:     from ... argument (spill) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:17:16: "bad input:" escapes to heap:
./io_sum_numbers.go:17:16:   flow: {storage for ... argument} = &{storage for "bad input:"}:
./io_sum_numbers.go:17:16:     from "bad input:" (spill) at ./io_sum_numbers.go:17:16
./io_sum_numbers.go:17:16:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:17:16:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:17:16:     from ... argument (spill) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./io_sum_numbers.go:17:15
./io_sum_numbers.go:11:7: x escapes to heap:
./io_sum_numbers.go:11:7:   flow: {storage for ... argument} = &x:
./io_sum_numbers.go:11:7:     from &x (address-of) at ./io_sum_numbers.go:12:22
./io_sum_numbers.go:11:7:     from &x (interface-converted) at ./io_sum_numbers.go:12:22
./io_sum_numbers.go:11:7:     from ... argument (slice-literal-element) at ./io_sum_numbers.go:12:21
./io_sum_numbers.go:11:7:   flow: {heap} = {storage for ... argument}:
./io_sum_numbers.go:11:7:     from ... argument (spill) at ./io_sum_numbers.go:12:21
./io_sum_numbers.go:11:7:     from fmt.Scan(... argument...) (call parameter) at ./io_sum_numbers.go:12:21
./io_sum_numbers.go:11:7: moved to heap: x
./io_sum_numbers.go:12:21: ... argument does not escape
./io_sum_numbers.go:17:15: ... argument does not escape
./io_sum_numbers.go:17:16: "bad input:" escapes to heap
./io_sum_numbers.go:17:16: n escapes to heap
./io_sum_numbers.go:23:13: ... argument does not escape
./io_sum_numbers.go:23:14: "count" escapes to heap
./io_sum_numbers.go:23:14: count escapes to heap
./io_sum_numbers.go:23:30: "sum" escapes to heap
./io_sum_numbers.go:23:30: sum escapes to heap
