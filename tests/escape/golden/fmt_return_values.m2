./fmt_return_values.go:15:13: m escapes to heap:
./fmt_return_values.go:15:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_return_values.go:15:13:     from m (spill) at ./fmt_return_values.go:15:13
./fmt_return_values.go:15:13:     from ... argument (slice-literal-element) at ./fmt_return_values.go:15:13
./fmt_return_values.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:15:13:     from ... argument (spill) at ./fmt_return_values.go:15:13
./fmt_return_values.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:15:13
./fmt_return_values.go:13:13: n escapes to heap:
./fmt_return_values.go:13:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_return_values.go:13:13:     from n (spill) at ./fmt_return_values.go:13:13
./fmt_return_values.go:13:13:     from ... argument (slice-literal-element) at ./fmt_return_values.go:13:13
./fmt_return_values.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:13:13:     from ... argument (spill) at ./fmt_return_values.go:13:13
./fmt_return_values.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:13:13
./fmt_return_values.go:12:35: "é" escapes to heap:
./fmt_return_values.go:12:35:   flow: {storage for ... argument} = &{storage for "é"}:
./fmt_return_values.go:12:35:     from "é" (spill) at ./fmt_return_values.go:12:35
./fmt_return_values.go:12:35:     from ... argument (slice-literal-element) at ./fmt_return_values.go:12:19
./fmt_return_values.go:12:35:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:12:35:     from ... argument (spill) at ./fmt_return_values.go:12:19
./fmt_return_values.go:12:35:     from fmt.Printf("%d-%s\n", ... argument...) (call parameter) at ./fmt_return_values.go:12:19
./fmt_return_values.go:12:31: 42 escapes to heap:
./fmt_return_values.go:12:31:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_return_values.go:12:31:     from 42 (spill) at ./fmt_return_values.go:12:31
./fmt_return_values.go:12:31:     from ... argument (slice-literal-element) at ./fmt_return_values.go:12:19
./fmt_return_values.go:12:31:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:12:31:     from ... argument (spill) at ./fmt_return_values.go:12:19
./fmt_return_values.go:12:31:     from fmt.Printf("%d-%s\n", ... argument...) (call parameter) at ./fmt_return_values.go:12:19
./fmt_return_values.go:11:13: n escapes to heap:
./fmt_return_values.go:11:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_return_values.go:11:13:     from n (spill) at ./fmt_return_values.go:11:13
./fmt_return_values.go:11:13:     from ... argument (slice-literal-element) at ./fmt_return_values.go:11:13
./fmt_return_values.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:11:13:     from ... argument (spill) at ./fmt_return_values.go:11:13
./fmt_return_values.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:11:13
./fmt_return_values.go:10:32: "\n" escapes to heap:
./fmt_return_values.go:10:32:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_return_values.go:10:32:     from "\n" (spill) at ./fmt_return_values.go:10:32
./fmt_return_values.go:10:32:     from ... argument (slice-literal-element) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:32:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:10:32:     from ... argument (spill) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:32:     from fmt.Print(... argument...) (call parameter) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:29: 2 escapes to heap:
./fmt_return_values.go:10:29:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_return_values.go:10:29:     from 2 (spill) at ./fmt_return_values.go:10:29
./fmt_return_values.go:10:29:     from ... argument (slice-literal-element) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:29:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:10:29:     from ... argument (spill) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:29:     from fmt.Print(... argument...) (call parameter) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:26: 1 escapes to heap:
./fmt_return_values.go:10:26:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_return_values.go:10:26:     from 1 (spill) at ./fmt_return_values.go:10:26
./fmt_return_values.go:10:26:     from ... argument (slice-literal-element) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:26:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:10:26:     from ... argument (spill) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:26:     from fmt.Print(... argument...) (call parameter) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:19: "abc" escapes to heap:
./fmt_return_values.go:10:19:   flow: {storage for ... argument} = &{storage for "abc"}:
./fmt_return_values.go:10:19:     from "abc" (spill) at ./fmt_return_values.go:10:19
./fmt_return_values.go:10:19:     from ... argument (slice-literal-element) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:19:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:10:19:     from ... argument (spill) at ./fmt_return_values.go:10:18
./fmt_return_values.go:10:19:     from fmt.Print(... argument...) (call parameter) at ./fmt_return_values.go:10:18
./fmt_return_values.go:9:21: err == nil escapes to heap:
./fmt_return_values.go:9:21:   flow: {storage for ... argument} = &{storage for err == nil}:
./fmt_return_values.go:9:21:     from err == nil (spill) at ./fmt_return_values.go:9:21
./fmt_return_values.go:9:21:     from ... argument (slice-literal-element) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:21:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:9:21:     from ... argument (spill) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:13: n escapes to heap:
./fmt_return_values.go:9:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_return_values.go:9:13:     from n (spill) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:13:     from ... argument (slice-literal-element) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:9:13:     from ... argument (spill) at ./fmt_return_values.go:9:13
./fmt_return_values.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:9:13
./fmt_return_values.go:8:24: "counted" escapes to heap:
./fmt_return_values.go:8:24:   flow: {storage for ... argument} = &{storage for "counted"}:
./fmt_return_values.go:8:24:     from "counted" (spill) at ./fmt_return_values.go:8:24
./fmt_return_values.go:8:24:     from ... argument (slice-literal-element) at ./fmt_return_values.go:8:23
./fmt_return_values.go:8:24:   flow: {heap} = {storage for ... argument}:
./fmt_return_values.go:8:24:     from ... argument (spill) at ./fmt_return_values.go:8:23
./fmt_return_values.go:8:24:     from fmt.Println(... argument...) (call parameter) at ./fmt_return_values.go:8:23
./fmt_return_values.go:8:23: ... argument does not escape
./fmt_return_values.go:8:24: "counted" escapes to heap
./fmt_return_values.go:9:13: ... argument does not escape
./fmt_return_values.go:9:13: n escapes to heap
./fmt_return_values.go:9:21: err == nil escapes to heap
./fmt_return_values.go:10:18: ... argument does not escape
./fmt_return_values.go:10:19: "abc" escapes to heap
./fmt_return_values.go:10:26: 1 escapes to heap
./fmt_return_values.go:10:29: 2 escapes to heap
./fmt_return_values.go:10:32: "\n" escapes to heap
./fmt_return_values.go:11:13: ... argument does not escape
./fmt_return_values.go:11:13: n escapes to heap
./fmt_return_values.go:12:19: ... argument does not escape
./fmt_return_values.go:12:31: 42 escapes to heap
./fmt_return_values.go:12:35: "é" escapes to heap
./fmt_return_values.go:13:13: ... argument does not escape
./fmt_return_values.go:13:13: n escapes to heap
./fmt_return_values.go:15:13: ... argument does not escape
./fmt_return_values.go:15:13: m escapes to heap
