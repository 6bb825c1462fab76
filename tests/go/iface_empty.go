package main

import (
	"errors"
	"fmt"
)

type T struct{ a, b int }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case T:
		return fmt.Sprint("T ", v.a+v.b)
	case *T:
		return fmt.Sprint("*T ", v.a)
	case []int:
		return fmt.Sprint("slice ", len(v))
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []interface{}{nil, 1, "s", T{1, 2}, &T{3, 4}, []int{1, 2}, 2.5, true, errors.New("bad 1")}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var any interface{} = 3
	any = "x"
	fmt.Println(any)
}
