./array_compare.go:49:17: bs == [4]bool{...} escapes to heap:
./array_compare.go:49:17:   flow: {storage for ... argument} = &{storage for bs == [4]bool{...}}:
./array_compare.go:49:17:     from bs == [4]bool{...} (spill) at ./array_compare.go:49:17
./array_compare.go:49:17:     from ... argument (slice-literal-element) at ./array_compare.go:49:13
./array_compare.go:49:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:49:17:     from ... argument (spill) at ./array_compare.go:49:13
./array_compare.go:49:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:49:13
./array_compare.go:46:17: e1 == e2 escapes to heap:
./array_compare.go:46:17:   flow: {storage for ... argument} = &{storage for e1 == e2}:
./array_compare.go:46:17:     from e1 == e2 (spill) at ./array_compare.go:46:17
./array_compare.go:46:17:     from ... argument (slice-literal-element) at ./array_compare.go:46:13
./array_compare.go:46:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:46:17:     from ... argument (spill) at ./array_compare.go:46:13
./array_compare.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:46:13
./array_compare.go:43:27: f3 != f3 escapes to heap:
./array_compare.go:43:27:   flow: {storage for ... argument} = &{storage for f3 != f3}:
./array_compare.go:43:27:     from f3 != f3 (spill) at ./array_compare.go:43:27
./array_compare.go:43:27:     from ... argument (slice-literal-element) at ./array_compare.go:43:13
./array_compare.go:43:27:   flow: {heap} = {storage for ... argument}:
./array_compare.go:43:27:     from ... argument (spill) at ./array_compare.go:43:13
./array_compare.go:43:27:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:43:13
./array_compare.go:43:17: f3 == f3 escapes to heap:
./array_compare.go:43:17:   flow: {storage for ... argument} = &{storage for f3 == f3}:
./array_compare.go:43:17:     from f3 == f3 (spill) at ./array_compare.go:43:17
./array_compare.go:43:17:     from ... argument (slice-literal-element) at ./array_compare.go:43:13
./array_compare.go:43:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:43:17:     from ... argument (spill) at ./array_compare.go:43:13
./array_compare.go:43:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:43:13
./array_compare.go:38:17: f1 == f2 escapes to heap:
./array_compare.go:38:17:   flow: {storage for ... argument} = &{storage for f1 == f2}:
./array_compare.go:38:17:     from f1 == f2 (spill) at ./array_compare.go:38:17
./array_compare.go:38:17:     from ... argument (slice-literal-element) at ./array_compare.go:38:13
./array_compare.go:38:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:38:17:     from ... argument (spill) at ./array_compare.go:38:13
./array_compare.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:38:13
./array_compare.go:32:30: p1[0] == p2[0] escapes to heap:
./array_compare.go:32:30:   flow: {storage for ... argument} = &{storage for p1[0] == p2[0]}:
./array_compare.go:32:30:     from p1[0] == p2[0] (spill) at ./array_compare.go:32:30
./array_compare.go:32:30:     from ... argument (slice-literal-element) at ./array_compare.go:32:13
./array_compare.go:32:30:   flow: {heap} = {storage for ... argument}:
./array_compare.go:32:30:     from ... argument (spill) at ./array_compare.go:32:13
./array_compare.go:32:30:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:32:13
./array_compare.go:32:17: p1 == p2 escapes to heap:
./array_compare.go:32:17:   flow: {storage for ... argument} = &{storage for p1 == p2}:
./array_compare.go:32:17:     from p1 == p2 (spill) at ./array_compare.go:32:17
./array_compare.go:32:17:     from ... argument (slice-literal-element) at ./array_compare.go:32:13
./array_compare.go:32:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:32:17:     from ... argument (spill) at ./array_compare.go:32:13
./array_compare.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:32:13
./array_compare.go:27:27: n1 == n3 escapes to heap:
./array_compare.go:27:27:   flow: {storage for ... argument} = &{storage for n1 == n3}:
./array_compare.go:27:27:     from n1 == n3 (spill) at ./array_compare.go:27:27
./array_compare.go:27:27:     from ... argument (slice-literal-element) at ./array_compare.go:27:13
./array_compare.go:27:27:   flow: {heap} = {storage for ... argument}:
./array_compare.go:27:27:     from ... argument (spill) at ./array_compare.go:27:13
./array_compare.go:27:27:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:27:13
./array_compare.go:27:17: n1 == n2 escapes to heap:
./array_compare.go:27:17:   flow: {storage for ... argument} = &{storage for n1 == n2}:
./array_compare.go:27:17:     from n1 == n2 (spill) at ./array_compare.go:27:17
./array_compare.go:27:17:     from ... argument (slice-literal-element) at ./array_compare.go:27:13
./array_compare.go:27:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:27:17:     from ... argument (spill) at ./array_compare.go:27:13
./array_compare.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:27:13
./array_compare.go:22:27: s1 == [2]string{...} escapes to heap:
./array_compare.go:22:27:   flow: {storage for ... argument} = &{storage for s1 == [2]string{...}}:
./array_compare.go:22:27:     from s1 == [2]string{...} (spill) at ./array_compare.go:22:27
./array_compare.go:22:27:     from ... argument (slice-literal-element) at ./array_compare.go:22:13
./array_compare.go:22:27:   flow: {heap} = {storage for ... argument}:
./array_compare.go:22:27:     from ... argument (spill) at ./array_compare.go:22:13
./array_compare.go:22:27:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:22:13
./array_compare.go:22:17: s1 == s2 escapes to heap:
./array_compare.go:22:17:   flow: {storage for ... argument} = &{storage for s1 == s2}:
./array_compare.go:22:17:     from s1 == s2 (spill) at ./array_compare.go:22:17
./array_compare.go:22:17:     from ... argument (slice-literal-element) at ./array_compare.go:22:13
./array_compare.go:22:17:   flow: {heap} = {storage for ... argument}:
./array_compare.go:22:17:     from ... argument (spill) at ./array_compare.go:22:13
./array_compare.go:22:17:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:22:13
./array_compare.go:18:31: z == [3]int{...} escapes to heap:
./array_compare.go:18:31:   flow: {storage for ... argument} = &{storage for z == [3]int{...}}:
./array_compare.go:18:31:     from z == [3]int{...} (spill) at ./array_compare.go:18:31
./array_compare.go:18:31:     from ... argument (slice-literal-element) at ./array_compare.go:18:13
./array_compare.go:18:31:   flow: {heap} = {storage for ... argument}:
./array_compare.go:18:31:     from ... argument (spill) at ./array_compare.go:18:13
./array_compare.go:18:31:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:18:13
./array_compare.go:18:16: z == [3]int{} escapes to heap:
./array_compare.go:18:16:   flow: {storage for ... argument} = &{storage for z == [3]int{}}:
./array_compare.go:18:16:     from z == [3]int{} (spill) at ./array_compare.go:18:16
./array_compare.go:18:16:     from ... argument (slice-literal-element) at ./array_compare.go:18:13
./array_compare.go:18:16:   flow: {heap} = {storage for ... argument}:
./array_compare.go:18:16:     from ... argument (spill) at ./array_compare.go:18:13
./array_compare.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:18:13
./array_compare.go:15:40: a != c escapes to heap:
./array_compare.go:15:40:   flow: {storage for ... argument} = &{storage for a != c}:
./array_compare.go:15:40:     from a != c (spill) at ./array_compare.go:15:40
./array_compare.go:15:40:     from ... argument (slice-literal-element) at ./array_compare.go:15:13
./array_compare.go:15:40:   flow: {heap} = {storage for ... argument}:
./array_compare.go:15:40:     from ... argument (spill) at ./array_compare.go:15:13
./array_compare.go:15:40:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:15:13
./array_compare.go:15:32: a == c escapes to heap:
./array_compare.go:15:32:   flow: {storage for ... argument} = &{storage for a == c}:
./array_compare.go:15:32:     from a == c (spill) at ./array_compare.go:15:32
./array_compare.go:15:32:     from ... argument (slice-literal-element) at ./array_compare.go:15:13
./array_compare.go:15:32:   flow: {heap} = {storage for ... argument}:
./array_compare.go:15:32:     from ... argument (spill) at ./array_compare.go:15:13
./array_compare.go:15:32:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:15:13
./array_compare.go:15:24: a != b escapes to heap:
./array_compare.go:15:24:   flow: {storage for ... argument} = &{storage for a != b}:
./array_compare.go:15:24:     from a != b (spill) at ./array_compare.go:15:24
./array_compare.go:15:24:     from ... argument (slice-literal-element) at ./array_compare.go:15:13
./array_compare.go:15:24:   flow: {heap} = {storage for ... argument}:
./array_compare.go:15:24:     from ... argument (spill) at ./array_compare.go:15:13
./array_compare.go:15:24:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:15:13
./array_compare.go:15:16: a == b escapes to heap:
./array_compare.go:15:16:   flow: {storage for ... argument} = &{storage for a == b}:
./array_compare.go:15:16:     from a == b (spill) at ./array_compare.go:15:16
./array_compare.go:15:16:     from ... argument (slice-literal-element) at ./array_compare.go:15:13
./array_compare.go:15:16:   flow: {heap} = {storage for ... argument}:
./array_compare.go:15:16:     from ... argument (spill) at ./array_compare.go:15:13
./array_compare.go:15:16:     from fmt.Println(... argument...) (call parameter) at ./array_compare.go:15:13
./array_compare.go:15:13: ... argument does not escape
./array_compare.go:15:16: a == b escapes to heap
./array_compare.go:15:24: a != b escapes to heap
./array_compare.go:15:32: a == c escapes to heap
./array_compare.go:15:40: a != c escapes to heap
./array_compare.go:18:13: ... argument does not escape
./array_compare.go:18:16: z == [3]int{} escapes to heap
./array_compare.go:18:31: z == [3]int{...} escapes to heap
./array_compare.go:22:13: ... argument does not escape
./array_compare.go:22:17: s1 == s2 escapes to heap
./array_compare.go:22:27: s1 == [2]string{...} escapes to heap
./array_compare.go:27:13: ... argument does not escape
./array_compare.go:27:17: n1 == n2 escapes to heap
./array_compare.go:27:27: n1 == n3 escapes to heap
./array_compare.go:32:13: ... argument does not escape
./array_compare.go:32:17: p1 == p2 escapes to heap
./array_compare.go:32:30: p1[0] == p2[0] escapes to heap
./array_compare.go:38:13: ... argument does not escape
./array_compare.go:38:17: f1 == f2 escapes to heap
./array_compare.go:43:13: ... argument does not escape
./array_compare.go:43:17: f3 == f3 escapes to heap
./array_compare.go:43:27: f3 != f3 escapes to heap
./array_compare.go:46:13: ... argument does not escape
./array_compare.go:46:17: e1 == e2 escapes to heap
./array_compare.go:49:13: ... argument does not escape
./array_compare.go:49:17: bs == [4]bool{...} escapes to heap
