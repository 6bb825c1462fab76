./fmt_float_hex.go:12:45: 2.5 escapes to heap:
./fmt_float_hex.go:12:45:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_float_hex.go:12:45:     from 2.5 (spill) at ./fmt_float_hex.go:12:45
./fmt_float_hex.go:12:45:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:45:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:12:45:     from ... argument (spill) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:45:     from fmt.Printf("|%20x|%-20x|%+x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:40: 2.5 escapes to heap:
./fmt_float_hex.go:12:40:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_float_hex.go:12:40:     from 2.5 (spill) at ./fmt_float_hex.go:12:40
./fmt_float_hex.go:12:40:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:40:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:12:40:     from ... argument (spill) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:40:     from fmt.Printf("|%20x|%-20x|%+x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:35: 2.5 escapes to heap:
./fmt_float_hex.go:12:35:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_float_hex.go:12:35:     from 2.5 (spill) at ./fmt_float_hex.go:12:35
./fmt_float_hex.go:12:35:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:35:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:12:35:     from ... argument (spill) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:12:35:     from fmt.Printf("|%20x|%-20x|%+x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:12:12
./fmt_float_hex.go:11:57: zero / zero escapes to heap:
./fmt_float_hex.go:11:57:   flow: {storage for ... argument} = &{storage for zero / zero}:
./fmt_float_hex.go:11:57:     from zero / zero (spill) at ./fmt_float_hex.go:11:57
./fmt_float_hex.go:11:57:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:57:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:11:57:     from ... argument (spill) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:57:     from fmt.Printf("|%x|%x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:46: 1 / zero escapes to heap:
./fmt_float_hex.go:11:46:   flow: {storage for ... argument} = &{storage for 1 / zero}:
./fmt_float_hex.go:11:46:     from 1 / zero (spill) at ./fmt_float_hex.go:11:46
./fmt_float_hex.go:11:46:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:46:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:11:46:     from ... argument (spill) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:46:     from fmt.Printf("|%x|%x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:38: -zero escapes to heap:
./fmt_float_hex.go:11:38:   flow: {storage for ... argument} = &{storage for -zero}:
./fmt_float_hex.go:11:38:     from -zero (spill) at ./fmt_float_hex.go:11:38
./fmt_float_hex.go:11:38:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:38:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:11:38:     from ... argument (spill) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:38:     from fmt.Printf("|%x|%x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:13: zero escapes to heap:
./fmt_float_hex.go:11:13:   flow: {storage for ... argument} = &{storage for zero}:
./fmt_float_hex.go:11:13:     from zero (spill) at ./fmt_float_hex.go:11:13
./fmt_float_hex.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:11:13:     from ... argument (spill) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:11:13:     from fmt.Printf("|%x|%x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:11:12
./fmt_float_hex.go:9:59: float32(0.1) escapes to heap:
./fmt_float_hex.go:9:59:   flow: {storage for ... argument} = &{storage for float32(0.1)}:
./fmt_float_hex.go:9:59:     from float32(0.1) (spill) at ./fmt_float_hex.go:9:59
./fmt_float_hex.go:9:59:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:59:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:9:59:     from ... argument (spill) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:59:     from fmt.Printf("|%x|%x|%x|%x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:44: 5e-324 escapes to heap:
./fmt_float_hex.go:9:44:   flow: {storage for ... argument} = &{storage for 5e-324}:
./fmt_float_hex.go:9:44:     from 5e-324 (spill) at ./fmt_float_hex.go:9:44
./fmt_float_hex.go:9:44:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:44:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:9:44:     from ... argument (spill) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:44:     from fmt.Printf("|%x|%x|%x|%x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:37: 1e300 escapes to heap:
./fmt_float_hex.go:9:37:   flow: {storage for ... argument} = &{storage for 1e300}:
./fmt_float_hex.go:9:37:     from 1e300 (spill) at ./fmt_float_hex.go:9:37
./fmt_float_hex.go:9:37:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:37:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:9:37:     from ... argument (spill) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:37:     from fmt.Printf("|%x|%x|%x|%x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:32: 0.1 escapes to heap:
./fmt_float_hex.go:9:32:   flow: {storage for ... argument} = &{storage for 0.1}:
./fmt_float_hex.go:9:32:     from 0.1 (spill) at ./fmt_float_hex.go:9:32
./fmt_float_hex.go:9:32:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:32:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:9:32:     from ... argument (spill) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:9:32:     from fmt.Printf("|%x|%x|%x|%x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:9:12
./fmt_float_hex.go:8:51: -0.125 escapes to heap:
./fmt_float_hex.go:8:51:   flow: {storage for ... argument} = &{storage for -0.125}:
./fmt_float_hex.go:8:51:     from -0.125 (spill) at ./fmt_float_hex.go:8:51
./fmt_float_hex.go:8:51:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:51:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:8:51:     from ... argument (spill) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:51:     from fmt.Printf("|%x|%X|%.2x|%#x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:46: 3.0 escapes to heap:
./fmt_float_hex.go:8:46:   flow: {storage for ... argument} = &{storage for 3.0}:
./fmt_float_hex.go:8:46:     from 3.0 (spill) at ./fmt_float_hex.go:8:46
./fmt_float_hex.go:8:46:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:46:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:8:46:     from ... argument (spill) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:46:     from fmt.Printf("|%x|%X|%.2x|%#x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:40: 10.5 escapes to heap:
./fmt_float_hex.go:8:40:   flow: {storage for ... argument} = &{storage for 10.5}:
./fmt_float_hex.go:8:40:     from 10.5 (spill) at ./fmt_float_hex.go:8:40
./fmt_float_hex.go:8:40:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:40:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:8:40:     from ... argument (spill) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:40:     from fmt.Printf("|%x|%X|%.2x|%#x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:35: 1.0 escapes to heap:
./fmt_float_hex.go:8:35:   flow: {storage for ... argument} = &{storage for 1.0}:
./fmt_float_hex.go:8:35:     from 1.0 (spill) at ./fmt_float_hex.go:8:35
./fmt_float_hex.go:8:35:     from ... argument (slice-literal-element) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:35:   flow: {heap} = {storage for ... argument}:
./fmt_float_hex.go:8:35:     from ... argument (spill) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:35:     from fmt.Printf("|%x|%X|%.2x|%#x|\n", ... argument...) (call parameter) at ./fmt_float_hex.go:8:12
./fmt_float_hex.go:8:12: ... argument does not escape
./fmt_float_hex.go:8:35: 1.0 escapes to heap
./fmt_float_hex.go:8:40: 10.5 escapes to heap
./fmt_float_hex.go:8:46: 3.0 escapes to heap
./fmt_float_hex.go:8:51: -0.125 escapes to heap
./fmt_float_hex.go:9:12: ... argument does not escape
./fmt_float_hex.go:9:32: 0.1 escapes to heap
./fmt_float_hex.go:9:37: 1e300 escapes to heap
./fmt_float_hex.go:9:44: 5e-324 escapes to heap
./fmt_float_hex.go:9:59: float32(0.1) escapes to heap
./fmt_float_hex.go:11:12: ... argument does not escape
./fmt_float_hex.go:11:13: zero escapes to heap
./fmt_float_hex.go:11:38: -zero escapes to heap
./fmt_float_hex.go:11:46: 1 / zero escapes to heap
./fmt_float_hex.go:11:57: zero / zero escapes to heap
./fmt_float_hex.go:12:12: ... argument does not escape
./fmt_float_hex.go:12:35: 2.5 escapes to heap
./fmt_float_hex.go:12:40: 2.5 escapes to heap
./fmt_float_hex.go:12:45: 2.5 escapes to heap
