./method_on_basic.go:17:7: m does not escape
./method_on_basic.go:24:14: Word.Reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./method_on_basic.go:24:14: Word.Reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./method_on_basic.go:21:7: w does not escape
./method_on_basic.go:22:13: ([]rune)(w) does not escape
./method_on_basic.go:26:13: Word(r) escapes to heap
./method_on_basic.go:29:7: w does not escape
./method_on_basic.go:51:13: ... argument does not escape
./method_on_basic.go:51:19: Celsius.ToF(c) escapes to heap
./method_on_basic.go:51:34: Fahrenheit.ToC(.autotmp_1) escapes to heap
./method_on_basic.go:51:54: Celsius.ToF(Celsius(-40)) escapes to heap
./method_on_basic.go:52:12: ... argument does not escape
./method_on_basic.go:52:44: Fahrenheit.ToC(Fahrenheit(50)) escapes to heap
./method_on_basic.go:52:53: Celsius.ToF(c) escapes to heap
./method_on_basic.go:55:13: ... argument does not escape
./method_on_basic.go:55:23: Money.Dollars(m) escapes to heap
./method_on_basic.go:55:34: Money.Cents(m) escapes to heap
./method_on_basic.go:57:13: ... argument does not escape
./method_on_basic.go:57:13: m escapes to heap
./method_on_basic.go:57:26: Money.Dollars(m) escapes to heap
./method_on_basic.go:57:37: Money.Cents(m) escapes to heap
./method_on_basic.go:60:13: ... argument does not escape
./method_on_basic.go:60:23: Word.Reverse(w) escapes to heap
./method_on_basic.go:60:32: Word.Len(w) escapes to heap
./method_on_basic.go:60:55: Word.Reverse(Word("")) == "" escapes to heap
./method_on_basic.go:63:13: ... argument does not escape
./method_on_basic.go:63:22: Flag.Toggle(f) escapes to heap
./method_on_basic.go:63:43: Flag.Toggle(.autotmp_5) escapes to heap
./method_on_basic.go:67:12: ... argument does not escape
./method_on_basic.go:67:19: Weekday.Name(d) escapes to heap
./method_on_basic.go:67:23: " " escapes to heap
./method_on_basic.go:70:13: ... argument does not escape
./method_on_basic.go:70:32: Weekday.Next(Weekday(6)) == Sunday escapes to heap
./method_on_basic.go:70:54: Weekday.Name(Monday) escapes to heap
./method_on_basic.go:71:12: ... argument does not escape
./method_on_basic.go:71:13: d escapes to heap
./method_on_basic.go:71:13: d escapes to heap
./method_on_basic.go:71:13: d escapes to heap
