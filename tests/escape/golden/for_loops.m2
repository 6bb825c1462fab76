./for_loops.go:90:15: "never either" escapes to heap:
./for_loops.go:90:15:   flow: {storage for ... argument} = &{storage for "never either"}:
./for_loops.go:90:15:     from "never either" (spill) at ./for_loops.go:90:15
./for_loops.go:90:15:     from ... argument (slice-literal-element) at ./for_loops.go:90:14
./for_loops.go:90:15:   flow: {heap} = {storage for ... argument}:
./for_loops.go:90:15:     from ... argument (spill) at ./for_loops.go:90:14
./for_loops.go:90:15:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:90:14
./for_loops.go:87:15: "never" escapes to heap:
./for_loops.go:87:15:   flow: {storage for ... argument} = &{storage for "never"}:
./for_loops.go:87:15:     from "never" (spill) at ./for_loops.go:87:15
./for_loops.go:87:15:     from ... argument (slice-literal-element) at ./for_loops.go:87:14
./for_loops.go:87:15:   flow: {heap} = {storage for ... argument}:
./for_loops.go:87:15:     from ... argument (spill) at ./for_loops.go:87:14
./for_loops.go:87:15:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:87:14
./for_loops.go:84:13: total escapes to heap:
./for_loops.go:84:13:   flow: {storage for ... argument} = &{storage for total}:
./for_loops.go:84:13:     from total (spill) at ./for_loops.go:84:13
./for_loops.go:84:13:     from ... argument (slice-literal-element) at ./for_loops.go:84:13
./for_loops.go:84:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:84:13:     from ... argument (spill) at ./for_loops.go:84:13
./for_loops.go:84:13:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:84:13
./for_loops.go:76:16: " " escapes to heap:
./for_loops.go:76:16:   flow: {storage for ... argument} = &{storage for " "}:
./for_loops.go:76:16:     from " " (spill) at ./for_loops.go:76:16
./for_loops.go:76:16:     from ... argument (slice-literal-element) at ./for_loops.go:76:12
./for_loops.go:76:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:76:16:     from ... argument (spill) at ./for_loops.go:76:12
./for_loops.go:76:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:76:12
./for_loops.go:76:12: i escapes to heap:
./for_loops.go:76:12:   flow: {storage for ... argument} = &{storage for i}:
./for_loops.go:76:12:     from i (spill) at ./for_loops.go:76:12
./for_loops.go:76:12:     from ... argument (slice-literal-element) at ./for_loops.go:76:12
./for_loops.go:76:12:   flow: {heap} = {storage for ... argument}:
./for_loops.go:76:12:     from ... argument (spill) at ./for_loops.go:76:12
./for_loops.go:76:12:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:76:12
./for_loops.go:69:14: steps escapes to heap:
./for_loops.go:69:14:   flow: {storage for ... argument} = &{storage for steps}:
./for_loops.go:69:14:     from steps (spill) at ./for_loops.go:69:14
./for_loops.go:69:14:     from ... argument (slice-literal-element) at ./for_loops.go:69:13
./for_loops.go:69:14:   flow: {heap} = {storage for ... argument}:
./for_loops.go:69:14:     from ... argument (spill) at ./for_loops.go:69:13
./for_loops.go:69:14:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:69:13
./for_loops.go:69:14: "wrapped after" escapes to heap:
./for_loops.go:69:14:   flow: {storage for ... argument} = &{storage for "wrapped after"}:
./for_loops.go:69:14:     from "wrapped after" (spill) at ./for_loops.go:69:14
./for_loops.go:69:14:     from ... argument (slice-literal-element) at ./for_loops.go:69:13
./for_loops.go:69:14:   flow: {heap} = {storage for ... argument}:
./for_loops.go:69:14:     from ... argument (spill) at ./for_loops.go:69:13
./for_loops.go:69:14:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:69:13
./for_loops.go:58:15: " " escapes to heap:
./for_loops.go:58:15:   flow: {storage for ... argument} = &{storage for " "}:
./for_loops.go:58:15:     from " " (spill) at ./for_loops.go:58:15
./for_loops.go:58:15:     from ... argument (slice-literal-element) at ./for_loops.go:58:14
./for_loops.go:58:15:   flow: {heap} = {storage for ... argument}:
./for_loops.go:58:15:     from ... argument (spill) at ./for_loops.go:58:14
./for_loops.go:58:15:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:58:14
./for_loops.go:56:16: i * j escapes to heap:
./for_loops.go:56:16:   flow: {storage for ... argument} = &{storage for i * j}:
./for_loops.go:56:16:     from i * j (spill) at ./for_loops.go:56:16
./for_loops.go:56:16:     from ... argument (slice-literal-element) at ./for_loops.go:56:13
./for_loops.go:56:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:56:16:     from ... argument (spill) at ./for_loops.go:56:13
./for_loops.go:56:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:56:13
./for_loops.go:50:24: " " escapes to heap:
./for_loops.go:50:24:   flow: {storage for ... argument} = &{storage for " "}:
./for_loops.go:50:24:     from " " (spill) at ./for_loops.go:50:24
./for_loops.go:50:24:     from ... argument (slice-literal-element) at ./for_loops.go:50:12
./for_loops.go:50:24:   flow: {heap} = {storage for ... argument}:
./for_loops.go:50:24:     from ... argument (spill) at ./for_loops.go:50:12
./for_loops.go:50:24:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:50:12
./for_loops.go:50:16: j escapes to heap:
./for_loops.go:50:16:   flow: {storage for ... argument} = &{storage for j}:
./for_loops.go:50:16:     from j (spill) at ./for_loops.go:50:16
./for_loops.go:50:16:     from ... argument (slice-literal-element) at ./for_loops.go:50:12
./for_loops.go:50:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:50:16:     from ... argument (spill) at ./for_loops.go:50:12
./for_loops.go:50:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:50:12
./for_loops.go:50:16: "," escapes to heap:
./for_loops.go:50:16:   flow: {storage for ... argument} = &{storage for ","}:
./for_loops.go:50:16:     from "," (spill) at ./for_loops.go:50:16
./for_loops.go:50:16:     from ... argument (slice-literal-element) at ./for_loops.go:50:12
./for_loops.go:50:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:50:16:     from ... argument (spill) at ./for_loops.go:50:12
./for_loops.go:50:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:50:12
./for_loops.go:50:12: i escapes to heap:
./for_loops.go:50:12:   flow: {storage for ... argument} = &{storage for i}:
./for_loops.go:50:12:     from i (spill) at ./for_loops.go:50:12
./for_loops.go:50:12:     from ... argument (slice-literal-element) at ./for_loops.go:50:12
./for_loops.go:50:12:   flow: {heap} = {storage for ... argument}:
./for_loops.go:50:12:     from ... argument (spill) at ./for_loops.go:50:12
./for_loops.go:50:12:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:50:12
./for_loops.go:45:16: ";" escapes to heap:
./for_loops.go:45:16:   flow: {storage for ... argument} = &{storage for ";"}:
./for_loops.go:45:16:     from ";" (spill) at ./for_loops.go:45:16
./for_loops.go:45:16:     from ... argument (slice-literal-element) at ./for_loops.go:45:12
./for_loops.go:45:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:45:16:     from ... argument (spill) at ./for_loops.go:45:12
./for_loops.go:45:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:45:12
./for_loops.go:45:12: i escapes to heap:
./for_loops.go:45:12:   flow: {storage for ... argument} = &{storage for i}:
./for_loops.go:45:12:     from i (spill) at ./for_loops.go:45:12
./for_loops.go:45:12:     from ... argument (slice-literal-element) at ./for_loops.go:45:12
./for_loops.go:45:12:   flow: {heap} = {storage for ... argument}:
./for_loops.go:45:12:     from ... argument (spill) at ./for_loops.go:45:12
./for_loops.go:45:12:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:45:12
./for_loops.go:41:13: m escapes to heap:
./for_loops.go:41:13:   flow: {storage for ... argument} = &{storage for m}:
./for_loops.go:41:13:     from m (spill) at ./for_loops.go:41:13
./for_loops.go:41:13:     from ... argument (slice-literal-element) at ./for_loops.go:41:13
./for_loops.go:41:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:41:13:     from ... argument (spill) at ./for_loops.go:41:13
./for_loops.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:41:13
./for_loops.go:35:13: j escapes to heap:
./for_loops.go:35:13:   flow: {storage for ... argument} = &{storage for j}:
./for_loops.go:35:13:     from j (spill) at ./for_loops.go:35:13
./for_loops.go:35:13:     from ... argument (slice-literal-element) at ./for_loops.go:35:13
./for_loops.go:35:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:35:13:     from ... argument (spill) at ./for_loops.go:35:13
./for_loops.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:35:13
./for_loops.go:28:21: " " escapes to heap:
./for_loops.go:28:21:   flow: {storage for ... argument} = &{storage for " "}:
./for_loops.go:28:21:     from " " (spill) at ./for_loops.go:28:21
./for_loops.go:28:21:     from ... argument (slice-literal-element) at ./for_loops.go:28:12
./for_loops.go:28:21:   flow: {heap} = {storage for ... argument}:
./for_loops.go:28:21:     from ... argument (spill) at ./for_loops.go:28:12
./for_loops.go:28:21:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:28:12
./for_loops.go:28:13: k escapes to heap:
./for_loops.go:28:13:   flow: {storage for ... argument} = &{storage for k}:
./for_loops.go:28:13:     from k (spill) at ./for_loops.go:28:13
./for_loops.go:28:13:     from ... argument (slice-literal-element) at ./for_loops.go:28:12
./for_loops.go:28:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:28:13:     from ... argument (spill) at ./for_loops.go:28:12
./for_loops.go:28:13:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:28:12
./for_loops.go:28:13: "k" escapes to heap:
./for_loops.go:28:13:   flow: {storage for ... argument} = &{storage for "k"}:
./for_loops.go:28:13:     from "k" (spill) at ./for_loops.go:28:13
./for_loops.go:28:13:     from ... argument (slice-literal-element) at ./for_loops.go:28:12
./for_loops.go:28:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:28:13:     from ... argument (spill) at ./for_loops.go:28:12
./for_loops.go:28:13:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:28:12
./for_loops.go:17:13: n escapes to heap:
./for_loops.go:17:13:   flow: {storage for ... argument} = &{storage for n}:
./for_loops.go:17:13:     from n (spill) at ./for_loops.go:17:13
./for_loops.go:17:13:     from ... argument (slice-literal-element) at ./for_loops.go:17:13
./for_loops.go:17:13:   flow: {heap} = {storage for ... argument}:
./for_loops.go:17:13:     from ... argument (spill) at ./for_loops.go:17:13
./for_loops.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./for_loops.go:17:13
./for_loops.go:9:16: " " escapes to heap:
./for_loops.go:9:16:   flow: {storage for ... argument} = &{storage for " "}:
./for_loops.go:9:16:     from " " (spill) at ./for_loops.go:9:16
./for_loops.go:9:16:     from ... argument (slice-literal-element) at ./for_loops.go:9:12
./for_loops.go:9:16:   flow: {heap} = {storage for ... argument}:
./for_loops.go:9:16:     from ... argument (spill) at ./for_loops.go:9:12
./for_loops.go:9:16:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:9:12
./for_loops.go:9:12: i escapes to heap:
./for_loops.go:9:12:   flow: {storage for ... argument} = &{storage for i}:
./for_loops.go:9:12:     from i (spill) at ./for_loops.go:9:12
./for_loops.go:9:12:     from ... argument (slice-literal-element) at ./for_loops.go:9:12
./for_loops.go:9:12:   flow: {heap} = {storage for ... argument}:
./for_loops.go:9:12:     from ... argument (spill) at ./for_loops.go:9:12
./for_loops.go:9:12:     from fmt.Print(... argument...) (call parameter) at ./for_loops.go:9:12
./for_loops.go:9:12: ... argument does not escape
./for_loops.go:9:12: i escapes to heap
./for_loops.go:9:16: " " escapes to heap
./for_loops.go:17:13: ... argument does not escape
./for_loops.go:17:13: n escapes to heap
./for_loops.go:28:12: ... argument does not escape
./for_loops.go:28:13: "k" escapes to heap
./for_loops.go:28:13: k escapes to heap
./for_loops.go:28:21: " " escapes to heap
./for_loops.go:35:13: ... argument does not escape
./for_loops.go:35:13: j escapes to heap
./for_loops.go:41:13: ... argument does not escape
./for_loops.go:41:13: m escapes to heap
./for_loops.go:45:12: ... argument does not escape
./for_loops.go:45:12: i escapes to heap
./for_loops.go:45:16: ";" escapes to heap
./for_loops.go:50:12: ... argument does not escape
./for_loops.go:50:12: i escapes to heap
./for_loops.go:50:16: "," escapes to heap
./for_loops.go:50:16: j escapes to heap
./for_loops.go:50:24: " " escapes to heap
./for_loops.go:56:13: ... argument does not escape
./for_loops.go:56:16: i * j escapes to heap
./for_loops.go:58:14: ... argument does not escape
./for_loops.go:58:15: " " escapes to heap
./for_loops.go:69:13: ... argument does not escape
./for_loops.go:69:14: "wrapped after" escapes to heap
./for_loops.go:69:14: steps escapes to heap
./for_loops.go:76:12: ... argument does not escape
./for_loops.go:76:12: i escapes to heap
./for_loops.go:76:16: " " escapes to heap
./for_loops.go:84:13: ... argument does not escape
./for_loops.go:84:13: total escapes to heap
./for_loops.go:87:14: ... argument does not escape
./for_loops.go:87:15: "never" escapes to heap
./for_loops.go:90:14: ... argument does not escape
./for_loops.go:90:15: "never either" escapes to heap
