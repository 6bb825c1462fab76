module multi_importscope

go 1.19
