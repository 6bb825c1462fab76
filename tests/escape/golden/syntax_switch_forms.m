./syntax_switch_forms.go:5:15: leaking param: x
./syntax_switch_forms.go:10:21: ... argument does not escape
./syntax_switch_forms.go:15:20: "string " + v escapes to heap
./syntax_switch_forms.go:17:19: "error " + v.Error() escapes to heap
./syntax_switch_forms.go:19:21: ... argument does not escape
./syntax_switch_forms.go:40:33: []interface {}{...} does not escape
./syntax_switch_forms.go:40:39: 1 does not escape
./syntax_switch_forms.go:40:47: int64(2) does not escape
./syntax_switch_forms.go:40:52: "s" does not escape
./syntax_switch_forms.go:40:57: "" does not escape
./syntax_switch_forms.go:40:61: 2.5 does not escape
./syntax_switch_forms.go:43:33: []interface {}{...} does not escape
./syntax_switch_forms.go:43:39: 1 escapes to heap
./syntax_switch_forms.go:43:47: int64(2) escapes to heap
./syntax_switch_forms.go:43:52: "s" escapes to heap
./syntax_switch_forms.go:43:57: "" escapes to heap
./syntax_switch_forms.go:43:61: 2.5 escapes to heap
./syntax_switch_forms.go:43:71: []int{} escapes to heap
./syntax_switch_forms.go:43:71: []int{} escapes to heap
./syntax_switch_forms.go:44:14: ... argument does not escape
./syntax_switch_forms.go:44:23: classify(x) escapes to heap
./syntax_switch_forms.go:46:13: ... argument does not escape
./syntax_switch_forms.go:46:19: grade(95) escapes to heap
./syntax_switch_forms.go:46:30: grade(85) escapes to heap
./syntax_switch_forms.go:46:41: grade(75) escapes to heap
./syntax_switch_forms.go:46:52: grade(10) escapes to heap
./syntax_switch_forms.go:49:14: ... argument does not escape
./syntax_switch_forms.go:49:15: "big" escapes to heap
./syntax_switch_forms.go:53:14: ... argument does not escape
./syntax_switch_forms.go:53:15: "abc" escapes to heap
./syntax_switch_forms.go:58:14: ... argument does not escape
./syntax_switch_forms.go:58:15: "one after ++" escapes to heap
