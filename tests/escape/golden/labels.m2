./labels.go:92:14: words escapes to heap:
./labels.go:92:14:   flow: {storage for ... argument} = &{storage for words}:
./labels.go:92:14:     from words (spill) at ./labels.go:92:14
./labels.go:92:14:     from ... argument (slice-literal-element) at ./labels.go:92:13
./labels.go:92:14:   flow: {heap} = {storage for ... argument}:
./labels.go:92:14:     from ... argument (spill) at ./labels.go:92:13
./labels.go:92:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:92:13
./labels.go:92:14: "words" escapes to heap:
./labels.go:92:14:   flow: {storage for ... argument} = &{storage for "words"}:
./labels.go:92:14:     from "words" (spill) at ./labels.go:92:14
./labels.go:92:14:     from ... argument (slice-literal-element) at ./labels.go:92:13
./labels.go:92:14:   flow: {heap} = {storage for ... argument}:
./labels.go:92:14:     from ... argument (spill) at ./labels.go:92:13
./labels.go:92:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:92:13
./labels.go:79:14: count escapes to heap:
./labels.go:79:14:   flow: {storage for ... argument} = &{storage for count}:
./labels.go:79:14:     from count (spill) at ./labels.go:79:14
./labels.go:79:14:     from ... argument (slice-literal-element) at ./labels.go:79:13
./labels.go:79:14:   flow: {heap} = {storage for ... argument}:
./labels.go:79:14:     from ... argument (spill) at ./labels.go:79:13
./labels.go:79:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:79:13
./labels.go:79:14: "count" escapes to heap:
./labels.go:79:14:   flow: {storage for ... argument} = &{storage for "count"}:
./labels.go:79:14:     from "count" (spill) at ./labels.go:79:14
./labels.go:79:14:     from ... argument (slice-literal-element) at ./labels.go:79:13
./labels.go:79:14:   flow: {heap} = {storage for ... argument}:
./labels.go:79:14:     from ... argument (spill) at ./labels.go:79:13
./labels.go:79:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:79:13
./labels.go:64:14: "left labeled switch" escapes to heap:
./labels.go:64:14:   flow: {storage for ... argument} = &{storage for "left labeled switch"}:
./labels.go:64:14:     from "left labeled switch" (spill) at ./labels.go:64:14
./labels.go:64:14:     from ... argument (slice-literal-element) at ./labels.go:64:13
./labels.go:64:14:   flow: {heap} = {storage for ... argument}:
./labels.go:64:14:     from ... argument (spill) at ./labels.go:64:13
./labels.go:64:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:64:13
./labels.go:55:14: found escapes to heap:
./labels.go:55:14:   flow: {storage for ... argument} = &{storage for found}:
./labels.go:55:14:     from found (spill) at ./labels.go:55:14
./labels.go:55:14:     from ... argument (slice-literal-element) at ./labels.go:55:13
./labels.go:55:14:   flow: {heap} = {storage for ... argument}:
./labels.go:55:14:     from ... argument (spill) at ./labels.go:55:13
./labels.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:55:13
./labels.go:55:14: "found" escapes to heap:
./labels.go:55:14:   flow: {storage for ... argument} = &{storage for "found"}:
./labels.go:55:14:     from "found" (spill) at ./labels.go:55:14
./labels.go:55:14:     from ... argument (slice-literal-element) at ./labels.go:55:13
./labels.go:55:14:   flow: {heap} = {storage for ... argument}:
./labels.go:55:14:     from ... argument (spill) at ./labels.go:55:13
./labels.go:55:14:     from fmt.Println(... argument...) (call parameter) at ./labels.go:55:13
./labels.go:50:27: b escapes to heap:
./labels.go:50:27:   flow: {storage for ... argument} = &{storage for b}:
./labels.go:50:27:     from b (spill) at ./labels.go:50:27
./labels.go:50:27:     from ... argument (slice-literal-element) at ./labels.go:50:23
./labels.go:50:27:   flow: {heap} = {storage for ... argument}:
./labels.go:50:27:     from ... argument (spill) at ./labels.go:50:23
./labels.go:50:27:     from fmt.Sprint(... argument...) (call parameter) at ./labels.go:50:23
./labels.go:50:27: "x" escapes to heap:
./labels.go:50:27:   flow: {storage for ... argument} = &{storage for "x"}:
./labels.go:50:27:     from "x" (spill) at ./labels.go:50:27
./labels.go:50:27:     from ... argument (slice-literal-element) at ./labels.go:50:23
./labels.go:50:27:   flow: {heap} = {storage for ... argument}:
./labels.go:50:27:     from ... argument (spill) at ./labels.go:50:23
./labels.go:50:27:     from fmt.Sprint(... argument...) (call parameter) at ./labels.go:50:23
./labels.go:50:23: a escapes to heap:
./labels.go:50:23:   flow: {storage for ... argument} = &{storage for a}:
./labels.go:50:23:     from a (spill) at ./labels.go:50:23
./labels.go:50:23:     from ... argument (slice-literal-element) at ./labels.go:50:23
./labels.go:50:23:   flow: {heap} = {storage for ... argument}:
./labels.go:50:23:     from ... argument (spill) at ./labels.go:50:23
./labels.go:50:23:     from fmt.Sprint(... argument...) (call parameter) at ./labels.go:50:23
./labels.go:40:16: " " escapes to heap:
./labels.go:40:16:   flow: {storage for ... argument} = &{storage for " "}:
./labels.go:40:16:     from " " (spill) at ./labels.go:40:16
./labels.go:40:16:     from ... argument (slice-literal-element) at ./labels.go:40:12
./labels.go:40:16:   flow: {heap} = {storage for ... argument}:
./labels.go:40:16:     from ... argument (spill) at ./labels.go:40:12
./labels.go:40:16:     from fmt.Print(... argument...) (call parameter) at ./labels.go:40:12
./labels.go:40:12: i escapes to heap:
./labels.go:40:12:   flow: {storage for ... argument} = &{storage for i}:
./labels.go:40:12:     from i (spill) at ./labels.go:40:12
./labels.go:40:12:     from ... argument (slice-literal-element) at ./labels.go:40:12
./labels.go:40:12:   flow: {heap} = {storage for ... argument}:
./labels.go:40:12:     from ... argument (spill) at ./labels.go:40:12
./labels.go:40:12:     from fmt.Print(... argument...) (call parameter) at ./labels.go:40:12
./labels.go:28:33: "; " escapes to heap:
./labels.go:28:33:   flow: {storage for ... argument} = &{storage for "; "}:
./labels.go:28:33:     from "; " (spill) at ./labels.go:28:33
./labels.go:28:33:     from ... argument (slice-literal-element) at ./labels.go:28:12
./labels.go:28:33:   flow: {heap} = {storage for ... argument}:
./labels.go:28:33:     from ... argument (spill) at ./labels.go:28:12
./labels.go:28:33:     from fmt.Print(... argument...) (call parameter) at ./labels.go:28:12
./labels.go:28:13: i escapes to heap:
./labels.go:28:13:   flow: {storage for ... argument} = &{storage for i}:
./labels.go:28:13:     from i (spill) at ./labels.go:28:13
./labels.go:28:13:     from ... argument (slice-literal-element) at ./labels.go:28:12
./labels.go:28:13:   flow: {heap} = {storage for ... argument}:
./labels.go:28:13:     from ... argument (spill) at ./labels.go:28:12
./labels.go:28:13:     from fmt.Print(... argument...) (call parameter) at ./labels.go:28:12
./labels.go:28:13: "after switch " escapes to heap:
./labels.go:28:13:   flow: {storage for ... argument} = &{storage for "after switch "}:
./labels.go:28:13:     from "after switch " (spill) at ./labels.go:28:13
./labels.go:28:13:     from ... argument (slice-literal-element) at ./labels.go:28:12
./labels.go:28:13:   flow: {heap} = {storage for ... argument}:
./labels.go:28:13:     from ... argument (spill) at ./labels.go:28:12
./labels.go:28:13:     from fmt.Print(... argument...) (call parameter) at ./labels.go:28:12
./labels.go:17:20: " " escapes to heap:
./labels.go:17:20:   flow: {storage for ... argument} = &{storage for " "}:
./labels.go:17:20:     from " " (spill) at ./labels.go:17:20
./labels.go:17:20:     from ... argument (slice-literal-element) at ./labels.go:17:13
./labels.go:17:20:   flow: {heap} = {storage for ... argument}:
./labels.go:17:20:     from ... argument (spill) at ./labels.go:17:13
./labels.go:17:20:     from fmt.Print(... argument...) (call parameter) at ./labels.go:17:13
./labels.go:17:13: j escapes to heap:
./labels.go:17:13:   flow: {storage for ... argument} = &{storage for j}:
./labels.go:17:13:     from j (spill) at ./labels.go:17:13
./labels.go:17:13:     from ... argument (slice-literal-element) at ./labels.go:17:13
./labels.go:17:13:   flow: {heap} = {storage for ... argument}:
./labels.go:17:13:     from ... argument (spill) at ./labels.go:17:13
./labels.go:17:13:     from fmt.Print(... argument...) (call parameter) at ./labels.go:17:13
./labels.go:17:13: i escapes to heap:
./labels.go:17:13:   flow: {storage for ... argument} = &{storage for i}:
./labels.go:17:13:     from i (spill) at ./labels.go:17:13
./labels.go:17:13:     from ... argument (slice-literal-element) at ./labels.go:17:13
./labels.go:17:13:   flow: {heap} = {storage for ... argument}:
./labels.go:17:13:     from ... argument (spill) at ./labels.go:17:13
./labels.go:17:13:     from fmt.Print(... argument...) (call parameter) at ./labels.go:17:13
./labels.go:17:13: ... argument does not escape
./labels.go:17:13: i escapes to heap
./labels.go:17:13: j escapes to heap
./labels.go:17:20: " " escapes to heap
./labels.go:28:12: ... argument does not escape
./labels.go:28:13: "after switch " escapes to heap
./labels.go:28:13: i escapes to heap
./labels.go:28:33: "; " escapes to heap
./labels.go:40:12: ... argument does not escape
./labels.go:40:12: i escapes to heap
./labels.go:40:16: " " escapes to heap
./labels.go:50:23: ... argument does not escape
./labels.go:50:23: a escapes to heap
./labels.go:50:27: "x" escapes to heap
./labels.go:50:27: b escapes to heap
./labels.go:55:13: ... argument does not escape
./labels.go:55:14: "found" escapes to heap
./labels.go:55:14: found escapes to heap
./labels.go:64:13: ... argument does not escape
./labels.go:64:14: "left labeled switch" escapes to heap
./labels.go:79:13: ... argument does not escape
./labels.go:79:14: "count" escapes to heap
./labels.go:79:14: count escapes to heap
./labels.go:92:13: ... argument does not escape
./labels.go:92:14: "words" escapes to heap
./labels.go:92:14: words escapes to heap
