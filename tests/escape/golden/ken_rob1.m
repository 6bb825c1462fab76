./ken_rob1.go:24:7: list does not escape
./ken_rob1.go:28:7: leaking param content: list
./ken_rob1.go:28:26: leaking param: i
./ken_rob1.go:29:13: new(ListItem) escapes to heap
./ken_rob1.go:35:7: leaking param content: list
./ken_rob1.go:50:7: leaking param: this to result ~r0 level=0
./ken_rob1.go:55:7: this does not escape
./ken_rob1.go:56:15: string(this.val + '0') escapes to heap
./ken_rob1.go:60:13: new(List) does not escape
./ken_rob1.go:63:17: new(Integer) escapes to heap
./ken_rob1.go:70:9: r escapes to heap
