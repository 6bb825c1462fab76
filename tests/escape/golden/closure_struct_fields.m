./closure_struct_fields.go:16:16: leaking param: label
./closure_struct_fields.go:17:7: &Button{...} escapes to heap
./closure_struct_fields.go:18:14: func literal escapes to heap
./closure_struct_fields.go:20:21: ... argument does not escape
./closure_struct_fields.go:20:40: b.Label escapes to heap
./closure_struct_fields.go:20:49: b.clicks escapes to heap
./closure_struct_fields.go:28:13: ... argument does not escape
./closure_struct_fields.go:28:23: b.OnClick() escapes to heap
./closure_struct_fields.go:30:8: func literal does not escape
./closure_struct_fields.go:31:8: func literal does not escape
./closure_struct_fields.go:33:13: ... argument does not escape
./closure_struct_fields.go:33:21: ops.add(3, 4) escapes to heap
./closure_struct_fields.go:33:36: ops.mul(3, 4) escapes to heap
./closure_struct_fields.go:35:13: ... argument does not escape
./closure_struct_fields.go:35:24: empty.add == nil escapes to heap
./closure_struct_fields.go:35:40: ops.add != nil escapes to heap
./closure_struct_fields.go:38:13: ... argument does not escape
./closure_struct_fields.go:38:22: ops2.add(5, 6) escapes to heap
./closure_struct_fields.go:38:37: ops.add(5, 6) escapes to heap
