./switch_forms.go:45:13: "default " escapes to heap:
./switch_forms.go:45:13:   flow: {storage for ... argument} = &{storage for "default "}:
./switch_forms.go:45:13:     from "default " (spill) at ./switch_forms.go:45:13
./switch_forms.go:45:13:     from ... argument (slice-literal-element) at ./switch_forms.go:45:12
./switch_forms.go:45:13:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:45:13:     from ... argument (spill) at ./switch_forms.go:45:12
./switch_forms.go:45:13:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:45:12
./switch_forms.go:42:13: "three " escapes to heap:
./switch_forms.go:42:13:   flow: {storage for ... argument} = &{storage for "three "}:
./switch_forms.go:42:13:     from "three " (spill) at ./switch_forms.go:42:13
./switch_forms.go:42:13:     from ... argument (slice-literal-element) at ./switch_forms.go:42:12
./switch_forms.go:42:13:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:42:13:     from ... argument (spill) at ./switch_forms.go:42:12
./switch_forms.go:42:13:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:42:12
./switch_forms.go:40:13: "two " escapes to heap:
./switch_forms.go:40:13:   flow: {storage for ... argument} = &{storage for "two "}:
./switch_forms.go:40:13:     from "two " (spill) at ./switch_forms.go:40:13
./switch_forms.go:40:13:     from ... argument (slice-literal-element) at ./switch_forms.go:40:12
./switch_forms.go:40:13:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:40:13:     from ... argument (spill) at ./switch_forms.go:40:12
./switch_forms.go:40:13:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:40:12
./switch_forms.go:37:13: "one " escapes to heap:
./switch_forms.go:37:13:   flow: {storage for ... argument} = &{storage for "one "}:
./switch_forms.go:37:13:     from "one " (spill) at ./switch_forms.go:37:13
./switch_forms.go:37:13:     from ... argument (slice-literal-element) at ./switch_forms.go:37:12
./switch_forms.go:37:13:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:37:13:     from ... argument (spill) at ./switch_forms.go:37:12
./switch_forms.go:37:13:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:37:12
./switch_forms.go:34:13: "zero " escapes to heap:
./switch_forms.go:34:13:   flow: {storage for ... argument} = &{storage for "zero "}:
./switch_forms.go:34:13:     from "zero " (spill) at ./switch_forms.go:34:13
./switch_forms.go:34:13:     from ... argument (slice-literal-element) at ./switch_forms.go:34:12
./switch_forms.go:34:13:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:34:13:     from ... argument (spill) at ./switch_forms.go:34:12
./switch_forms.go:34:13:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:34:12
./switch_forms.go:34:12: ... argument does not escape
./switch_forms.go:34:13: "zero " escapes to heap
./switch_forms.go:37:12: ... argument does not escape
./switch_forms.go:37:13: "one " escapes to heap
./switch_forms.go:40:12: ... argument does not escape
./switch_forms.go:40:13: "two " escapes to heap
./switch_forms.go:42:12: ... argument does not escape
./switch_forms.go:42:13: "three " escapes to heap
./switch_forms.go:45:12: ... argument does not escape
./switch_forms.go:45:13: "default " escapes to heap
./switch_forms.go:120:15: "false case" escapes to heap:
./switch_forms.go:120:15:   flow: {storage for ... argument} = &{storage for "false case"}:
./switch_forms.go:120:15:     from "false case" (spill) at ./switch_forms.go:120:15
./switch_forms.go:120:15:     from ... argument (slice-literal-element) at ./switch_forms.go:120:14
./switch_forms.go:120:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:120:15:     from ... argument (spill) at ./switch_forms.go:120:14
./switch_forms.go:120:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:120:14
./switch_forms.go:118:15: "no" escapes to heap:
./switch_forms.go:118:15:   flow: {storage for ... argument} = &{storage for "no"}:
./switch_forms.go:118:15:     from "no" (spill) at ./switch_forms.go:118:15
./switch_forms.go:118:15:     from ... argument (slice-literal-element) at ./switch_forms.go:118:14
./switch_forms.go:118:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:118:15:     from ... argument (spill) at ./switch_forms.go:118:14
./switch_forms.go:118:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:118:14
./switch_forms.go:113:15: "default only" escapes to heap:
./switch_forms.go:113:15:   flow: {storage for ... argument} = &{storage for "default only"}:
./switch_forms.go:113:15:     from "default only" (spill) at ./switch_forms.go:113:15
./switch_forms.go:113:15:     from ... argument (slice-literal-element) at ./switch_forms.go:113:14
./switch_forms.go:113:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:113:15:     from ... argument (spill) at ./switch_forms.go:113:14
./switch_forms.go:113:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:113:14
./switch_forms.go:105:15: "no" escapes to heap:
./switch_forms.go:105:15:   flow: {storage for ... argument} = &{storage for "no"}:
./switch_forms.go:105:15:     from "no" (spill) at ./switch_forms.go:105:15
./switch_forms.go:105:15:     from ... argument (slice-literal-element) at ./switch_forms.go:105:14
./switch_forms.go:105:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:105:15:     from ... argument (spill) at ./switch_forms.go:105:14
./switch_forms.go:105:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:105:14
./switch_forms.go:103:15: "wrapped to 44" escapes to heap:
./switch_forms.go:103:15:   flow: {storage for ... argument} = &{storage for "wrapped to 44"}:
./switch_forms.go:103:15:     from "wrapped to 44" (spill) at ./switch_forms.go:103:15
./switch_forms.go:103:15:     from ... argument (slice-literal-element) at ./switch_forms.go:103:14
./switch_forms.go:103:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:103:15:     from ... argument (spill) at ./switch_forms.go:103:14
./switch_forms.go:103:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:103:14
./switch_forms.go:98:15: "float case" escapes to heap:
./switch_forms.go:98:15:   flow: {storage for ... argument} = &{storage for "float case"}:
./switch_forms.go:98:15:     from "float case" (spill) at ./switch_forms.go:98:15
./switch_forms.go:98:15:     from ... argument (slice-literal-element) at ./switch_forms.go:98:14
./switch_forms.go:98:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:98:15:     from ... argument (spill) at ./switch_forms.go:98:14
./switch_forms.go:98:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:98:14
./switch_forms.go:92:15: "third" escapes to heap:
./switch_forms.go:92:15:   flow: {storage for ... argument} = &{storage for "third"}:
./switch_forms.go:92:15:     from "third" (spill) at ./switch_forms.go:92:15
./switch_forms.go:92:15:     from ... argument (slice-literal-element) at ./switch_forms.go:92:14
./switch_forms.go:92:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:92:15:     from ... argument (spill) at ./switch_forms.go:92:14
./switch_forms.go:92:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:92:14
./switch_forms.go:90:15: calls escapes to heap:
./switch_forms.go:90:15:   flow: {storage for ... argument} = &{storage for calls}:
./switch_forms.go:90:15:     from calls (spill) at ./switch_forms.go:90:15
./switch_forms.go:90:15:     from ... argument (slice-literal-element) at ./switch_forms.go:90:14
./switch_forms.go:90:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:90:15:     from ... argument (spill) at ./switch_forms.go:90:14
./switch_forms.go:90:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:90:14
./switch_forms.go:90:15: "matched second case, calls =" escapes to heap:
./switch_forms.go:90:15:   flow: {storage for ... argument} = &{storage for "matched second case, calls ="}:
./switch_forms.go:90:15:     from "matched second case, calls =" (spill) at ./switch_forms.go:90:15
./switch_forms.go:90:15:     from ... argument (slice-literal-element) at ./switch_forms.go:90:14
./switch_forms.go:90:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:90:15:     from ... argument (spill) at ./switch_forms.go:90:14
./switch_forms.go:90:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:90:14
./switch_forms.go:88:15: "zero" escapes to heap:
./switch_forms.go:88:15:   flow: {storage for ... argument} = &{storage for "zero"}:
./switch_forms.go:88:15:     from "zero" (spill) at ./switch_forms.go:88:15
./switch_forms.go:88:15:     from ... argument (slice-literal-element) at ./switch_forms.go:88:14
./switch_forms.go:88:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:88:15:     from ... argument (spill) at ./switch_forms.go:88:14
./switch_forms.go:88:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:88:14
./switch_forms.go:82:15: "medium" escapes to heap:
./switch_forms.go:82:15:   flow: {storage for ... argument} = &{storage for "medium"}:
./switch_forms.go:82:15:     from "medium" (spill) at ./switch_forms.go:82:15
./switch_forms.go:82:15:     from ... argument (slice-literal-element) at ./switch_forms.go:82:14
./switch_forms.go:82:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:82:15:     from ... argument (spill) at ./switch_forms.go:82:14
./switch_forms.go:82:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:82:14
./switch_forms.go:80:15: "not reached" escapes to heap:
./switch_forms.go:80:15:   flow: {storage for ... argument} = &{storage for "not reached"}:
./switch_forms.go:80:15:     from "not reached" (spill) at ./switch_forms.go:80:15
./switch_forms.go:80:15:     from ... argument (slice-literal-element) at ./switch_forms.go:80:14
./switch_forms.go:80:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:80:15:     from ... argument (spill) at ./switch_forms.go:80:14
./switch_forms.go:80:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:80:14
./switch_forms.go:76:15: "big" escapes to heap:
./switch_forms.go:76:15:   flow: {storage for ... argument} = &{storage for "big"}:
./switch_forms.go:76:15:     from "big" (spill) at ./switch_forms.go:76:15
./switch_forms.go:76:15:     from ... argument (slice-literal-element) at ./switch_forms.go:76:14
./switch_forms.go:76:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:76:15:     from ... argument (spill) at ./switch_forms.go:76:14
./switch_forms.go:76:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:76:14
./switch_forms.go:71:26: len(s) escapes to heap:
./switch_forms.go:71:26:   flow: {storage for ... argument} = &{storage for len(s)}:
./switch_forms.go:71:26:     from len(s) (spill) at ./switch_forms.go:71:26
./switch_forms.go:71:26:     from ... argument (slice-literal-element) at ./switch_forms.go:71:14
./switch_forms.go:71:26:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:71:26:     from ... argument (spill) at ./switch_forms.go:71:14
./switch_forms.go:71:26:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:71:14
./switch_forms.go:71:15: "full" escapes to heap:
./switch_forms.go:71:15:   flow: {storage for ... argument} = &{storage for "full"}:
./switch_forms.go:71:15:     from "full" (spill) at ./switch_forms.go:71:15
./switch_forms.go:71:15:     from ... argument (slice-literal-element) at ./switch_forms.go:71:14
./switch_forms.go:71:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:71:15:     from ... argument (spill) at ./switch_forms.go:71:14
./switch_forms.go:71:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:71:14
./switch_forms.go:69:15: "short" escapes to heap:
./switch_forms.go:69:15:   flow: {storage for ... argument} = &{storage for "short"}:
./switch_forms.go:69:15:     from "short" (spill) at ./switch_forms.go:69:15
./switch_forms.go:69:15:     from ... argument (slice-literal-element) at ./switch_forms.go:69:14
./switch_forms.go:69:15:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:69:15:     from ... argument (spill) at ./switch_forms.go:69:14
./switch_forms.go:69:15:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:69:14
./switch_forms.go:62:33: day(9) escapes to heap:
./switch_forms.go:62:33:   flow: {storage for ... argument} = &{storage for day(9)}:
./switch_forms.go:62:33:     from day(9) (spill) at ./switch_forms.go:62:33
./switch_forms.go:62:33:     from ... argument (slice-literal-element) at ./switch_forms.go:62:13
./switch_forms.go:62:33:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:62:33:     from ... argument (spill) at ./switch_forms.go:62:13
./switch_forms.go:62:33:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:62:13
./switch_forms.go:62:25: day(3) escapes to heap:
./switch_forms.go:62:25:   flow: {storage for ... argument} = &{storage for day(3)}:
./switch_forms.go:62:25:     from day(3) (spill) at ./switch_forms.go:62:25
./switch_forms.go:62:25:     from ... argument (slice-literal-element) at ./switch_forms.go:62:13
./switch_forms.go:62:25:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:62:25:     from ... argument (spill) at ./switch_forms.go:62:13
./switch_forms.go:62:25:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:62:13
./switch_forms.go:62:17: day(0) escapes to heap:
./switch_forms.go:62:17:   flow: {storage for ... argument} = &{storage for day(0)}:
./switch_forms.go:62:17:     from day(0) (spill) at ./switch_forms.go:62:17
./switch_forms.go:62:17:     from ... argument (slice-literal-element) at ./switch_forms.go:62:13
./switch_forms.go:62:17:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:62:17:     from ... argument (spill) at ./switch_forms.go:62:13
./switch_forms.go:62:17:     from fmt.Println(... argument...) (call parameter) at ./switch_forms.go:62:13
./switch_forms.go:59:22: " " escapes to heap:
./switch_forms.go:59:22:   flow: {storage for ... argument} = &{storage for " "}:
./switch_forms.go:59:22:     from " " (spill) at ./switch_forms.go:59:22
./switch_forms.go:59:22:     from ... argument (slice-literal-element) at ./switch_forms.go:59:12
./switch_forms.go:59:22:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:59:22:     from ... argument (spill) at ./switch_forms.go:59:12
./switch_forms.go:59:22:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:59:12
./switch_forms.go:59:17: kind(r) escapes to heap:
./switch_forms.go:59:17:   flow: {storage for ... argument} = &{storage for kind(r)}:
./switch_forms.go:59:17:     from kind(r) (spill) at ./switch_forms.go:59:17
./switch_forms.go:59:17:     from ... argument (slice-literal-element) at ./switch_forms.go:59:12
./switch_forms.go:59:17:   flow: {heap} = {storage for ... argument}:
./switch_forms.go:59:17:     from ... argument (spill) at ./switch_forms.go:59:12
./switch_forms.go:59:17:     from fmt.Print(... argument...) (call parameter) at ./switch_forms.go:59:12
./switch_forms.go:59:12: ... argument does not escape
./switch_forms.go:59:17: kind(r) escapes to heap
./switch_forms.go:59:22: " " escapes to heap
./switch_forms.go:62:13: ... argument does not escape
./switch_forms.go:62:17: day(0) escapes to heap
./switch_forms.go:62:25: day(3) escapes to heap
./switch_forms.go:62:33: day(9) escapes to heap
./switch_forms.go:69:14: ... argument does not escape
./switch_forms.go:69:15: "short" escapes to heap
./switch_forms.go:71:14: ... argument does not escape
./switch_forms.go:71:15: "full" escapes to heap
./switch_forms.go:71:26: len(s) escapes to heap
./switch_forms.go:76:14: ... argument does not escape
./switch_forms.go:76:15: "big" escapes to heap
./switch_forms.go:80:14: ... argument does not escape
./switch_forms.go:80:15: "not reached" escapes to heap
./switch_forms.go:82:14: ... argument does not escape
./switch_forms.go:82:15: "medium" escapes to heap
./switch_forms.go:88:14: ... argument does not escape
./switch_forms.go:88:15: "zero" escapes to heap
./switch_forms.go:90:14: ... argument does not escape
./switch_forms.go:90:15: "matched second case, calls =" escapes to heap
./switch_forms.go:90:15: calls escapes to heap
./switch_forms.go:92:14: ... argument does not escape
./switch_forms.go:92:15: "third" escapes to heap
./switch_forms.go:98:14: ... argument does not escape
./switch_forms.go:98:15: "float case" escapes to heap
./switch_forms.go:103:14: ... argument does not escape
./switch_forms.go:103:15: "wrapped to 44" escapes to heap
./switch_forms.go:105:14: ... argument does not escape
./switch_forms.go:105:15: "no" escapes to heap
./switch_forms.go:113:14: ... argument does not escape
./switch_forms.go:113:15: "default only" escapes to heap
./switch_forms.go:118:14: ... argument does not escape
./switch_forms.go:118:15: "no" escapes to heap
./switch_forms.go:120:14: ... argument does not escape
./switch_forms.go:120:15: "false case" escapes to heap
