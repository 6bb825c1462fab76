./panic_slice3_array.go:12:15: a[i:j:k] escapes to heap:
./panic_slice3_array.go:12:15:   flow: {storage for ... argument} = &{storage for a[i:j:k]}:
./panic_slice3_array.go:12:15:     from a[i:j:k] (spill) at ./panic_slice3_array.go:12:15
./panic_slice3_array.go:12:15:     from ... argument (slice-literal-element) at ./panic_slice3_array.go:12:13
./panic_slice3_array.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_slice3_array.go:12:15:     from ... argument (spill) at ./panic_slice3_array.go:12:13
./panic_slice3_array.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_array.go:12:13
./panic_slice3_array.go:10:32: cap(a[i:j:k]) escapes to heap:
./panic_slice3_array.go:10:32:   flow: {storage for ... argument} = &{storage for cap(a[i:j:k])}:
./panic_slice3_array.go:10:32:     from cap(a[i:j:k]) (spill) at ./panic_slice3_array.go:10:32
./panic_slice3_array.go:10:32:     from ... argument (slice-literal-element) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:10:32:   flow: {heap} = {storage for ... argument}:
./panic_slice3_array.go:10:32:     from ... argument (spill) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:10:32:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:10:17: len(a[i:j:k]) escapes to heap:
./panic_slice3_array.go:10:17:   flow: {storage for ... argument} = &{storage for len(a[i:j:k])}:
./panic_slice3_array.go:10:17:     from len(a[i:j:k]) (spill) at ./panic_slice3_array.go:10:17
./panic_slice3_array.go:10:17:     from ... argument (slice-literal-element) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_slice3_array.go:10:17:     from ... argument (spill) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_slice3_array.go:10:13
./panic_slice3_array.go:8:6: a escapes to heap:
./panic_slice3_array.go:8:6:   flow: {storage for a[i:j:k]} = &a:
./panic_slice3_array.go:8:6:     from a (address-of) at ./panic_slice3_array.go:12:20
./panic_slice3_array.go:8:6:     from a[i:j:k] (slice) at ./panic_slice3_array.go:12:15
./panic_slice3_array.go:8:6:     from a[i:j:k] (interface-converted) at ./panic_slice3_array.go:12:15
./panic_slice3_array.go:8:6: moved to heap: a
./panic_slice3_array.go:10:13: ... argument does not escape
./panic_slice3_array.go:10:17: len(a[i:j:k]) escapes to heap
./panic_slice3_array.go:10:32: cap(a[i:j:k]) escapes to heap
./panic_slice3_array.go:12:13: ... argument does not escape
./panic_slice3_array.go:12:15: a[i:j:k] escapes to heap
