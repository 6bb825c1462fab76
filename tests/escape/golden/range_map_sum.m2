./range_map_sum.go:64:32: am["y"].n escapes to heap:
./range_map_sum.go:64:32:   flow: {storage for ... argument} = &{storage for am["y"].n}:
./range_map_sum.go:64:32:     from am["y"].n (spill) at ./range_map_sum.go:64:32
./range_map_sum.go:64:32:     from ... argument (slice-literal-element) at ./range_map_sum.go:64:13
./range_map_sum.go:64:32:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:64:32:     from ... argument (spill) at ./range_map_sum.go:64:13
./range_map_sum.go:64:32:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:64:13
./range_map_sum.go:64:21: am["x"].n escapes to heap:
./range_map_sum.go:64:21:   flow: {storage for ... argument} = &{storage for am["x"].n}:
./range_map_sum.go:64:21:     from am["x"].n (spill) at ./range_map_sum.go:64:21
./range_map_sum.go:64:21:     from ... argument (slice-literal-element) at ./range_map_sum.go:64:13
./range_map_sum.go:64:21:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:64:21:     from ... argument (spill) at ./range_map_sum.go:64:13
./range_map_sum.go:64:21:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:64:13
./range_map_sum.go:56:13: zero escapes to heap:
./range_map_sum.go:56:13:   flow: {storage for ... argument} = &{storage for zero}:
./range_map_sum.go:56:13:     from zero (spill) at ./range_map_sum.go:56:13
./range_map_sum.go:56:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:56:13
./range_map_sum.go:56:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:56:13:     from ... argument (spill) at ./range_map_sum.go:56:13
./range_map_sum.go:56:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:56:13
./range_map_sum.go:44:32: len(sq) escapes to heap:
./range_map_sum.go:44:32:   flow: {storage for ... argument} = &{storage for len(sq)}:
./range_map_sum.go:44:32:     from len(sq) (spill) at ./range_map_sum.go:44:32
./range_map_sum.go:44:32:     from ... argument (slice-literal-element) at ./range_map_sum.go:44:13
./range_map_sum.go:44:32:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:44:32:     from ... argument (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:32:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13: sum escapes to heap:
./range_map_sum.go:44:13:   flow: {storage for ... argument} = &{storage for sum}:
./range_map_sum.go:44:13:     from sum (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:44:13:     from ... argument (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13: max escapes to heap:
./range_map_sum.go:44:13:   flow: {storage for ... argument} = &{storage for max}:
./range_map_sum.go:44:13:     from max (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:44:13:     from ... argument (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13: min escapes to heap:
./range_map_sum.go:44:13:   flow: {storage for ... argument} = &{storage for min}:
./range_map_sum.go:44:13:     from min (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:44:13:     from ... argument (spill) at ./range_map_sum.go:44:13
./range_map_sum.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:44:13
./range_map_sum.go:28:13: cnt escapes to heap:
./range_map_sum.go:28:13:   flow: {storage for ... argument} = &{storage for cnt}:
./range_map_sum.go:28:13:     from cnt (spill) at ./range_map_sum.go:28:13
./range_map_sum.go:28:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:28:13
./range_map_sum.go:28:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:28:13:     from ... argument (spill) at ./range_map_sum.go:28:13
./range_map_sum.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:28:13
./range_map_sum.go:22:13: keys escapes to heap:
./range_map_sum.go:22:13:   flow: {storage for ... argument} = &{storage for keys}:
./range_map_sum.go:22:13:     from keys (spill) at ./range_map_sum.go:22:13
./range_map_sum.go:22:13:     from ... argument (slice-literal-element) at ./range_map_sum.go:22:13
./range_map_sum.go:22:13:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:22:13:     from ... argument (spill) at ./range_map_sum.go:22:13
./range_map_sum.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:22:13
./range_map_sum.go:16:17: n escapes to heap:
./range_map_sum.go:16:17:   flow: {storage for ... argument} = &{storage for n}:
./range_map_sum.go:16:17:     from n (spill) at ./range_map_sum.go:16:17
./range_map_sum.go:16:17:     from ... argument (slice-literal-element) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:16:17:     from ... argument (spill) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17: vs escapes to heap:
./range_map_sum.go:16:17:   flow: {storage for ... argument} = &{storage for vs}:
./range_map_sum.go:16:17:     from vs (spill) at ./range_map_sum.go:16:17
./range_map_sum.go:16:17:     from ... argument (slice-literal-element) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:16:17:     from ... argument (spill) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17: keyLen escapes to heap:
./range_map_sum.go:16:17:   flow: {storage for ... argument} = &{storage for keyLen}:
./range_map_sum.go:16:17:     from keyLen (spill) at ./range_map_sum.go:16:17
./range_map_sum.go:16:17:     from ... argument (slice-literal-element) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:16:17:     from ... argument (spill) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17: ks == "" escapes to heap:
./range_map_sum.go:16:17:   flow: {storage for ... argument} = &{storage for ks == ""}:
./range_map_sum.go:16:17:     from ks == "" (spill) at ./range_map_sum.go:16:17
./range_map_sum.go:16:17:     from ... argument (slice-literal-element) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:   flow: {heap} = {storage for ... argument}:
./range_map_sum.go:16:17:     from ... argument (spill) at ./range_map_sum.go:16:13
./range_map_sum.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./range_map_sum.go:16:13
./range_map_sum.go:8:21: map[string]int{...} does not escape
./range_map_sum.go:16:13: ... argument does not escape
./range_map_sum.go:16:17: ks == "" escapes to heap
./range_map_sum.go:16:17: keyLen escapes to heap
./range_map_sum.go:16:17: vs escapes to heap
./range_map_sum.go:16:17: n escapes to heap
./range_map_sum.go:22:13: ... argument does not escape
./range_map_sum.go:22:13: keys escapes to heap
./range_map_sum.go:28:13: ... argument does not escape
./range_map_sum.go:28:13: cnt escapes to heap
./range_map_sum.go:30:12: make(map[int]int) does not escape
./range_map_sum.go:44:13: ... argument does not escape
./range_map_sum.go:44:13: min escapes to heap
./range_map_sum.go:44:13: max escapes to heap
./range_map_sum.go:44:13: sum escapes to heap
./range_map_sum.go:44:32: len(sq) escapes to heap
./range_map_sum.go:56:13: ... argument does not escape
./range_map_sum.go:56:13: zero escapes to heap
./range_map_sum.go:60:22: map[string]acc{...} does not escape
./range_map_sum.go:64:13: ... argument does not escape
./range_map_sum.go:64:21: am["x"].n escapes to heap
./range_map_sum.go:64:32: am["y"].n escapes to heap
